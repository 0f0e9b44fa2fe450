<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AnnulPanel</name>
    <message>
        <location filename="../pages/supervisor_records.py" line="125"/>
        <source>Admission of {name} annulled; the badge can be used again.</source>
        <translation>Admission of {name} annulled; the badge can be used again.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="134"/>
        <source>Not annulled: {detail}</source>
        <translation>Not annulled: {detail}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="157"/>
        <source>Give a reason: it goes into the log.</source>
        <translation>Give a reason: it goes into the log.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="170"/>
        <source>{time} · {name}
{badge} · {session}</source>
        <translation>{time} · {name}
{badge} · {session}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="178"/>
        <source>Annul a mistaken admission</source>
        <translation>Annul a mistaken admission</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="179"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="180"/>
        <source>No admission today.</source>
        <translation>No admission today.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="184"/>
        <source>Reason for the annulment</source>
        <translation>Reason for the annulment</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="185"/>
        <source>Annul</source>
        <translation>Annul</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="186"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BadgePanel</name>
    <message>
        <location filename="../pages/supervisor_panels.py" line="221"/>
        <source>Type the badge number first.</source>
        <translation>Type the badge number first.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="225"/>
        <source>Give a reason: it goes into the roster and the log.</source>
        <translation>Give a reason: it goes into the roster and the log.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="249"/>
        <source>Badge {number} ({name}) is active again.</source>
        <translation>Badge {number} ({name}) is active again.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="250"/>
        <source>Badge {number} ({name}) is suspended.</source>
        <translation>Badge {number} ({name}) is suspended.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="251"/>
        <source>Badge {number} ({name}) is revoked.</source>
        <translation>Badge {number} ({name}) is revoked.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="259"/>
        <source>Not changed: {detail}</source>
        <translation>Not changed: {detail}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="262"/>
        <source>Badge status</source>
        <translation>Badge status</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="263"/>
        <source>Badge number</source>
        <translation>Badge number</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="264"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="265"/>
        <source>Suspend</source>
        <translation>Suspend</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="266"/>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="267"/>
        <source>Reinstate</source>
        <translation>Reinstate</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../pages/supervisor_panels.py" line="169"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="170"/>
        <source>No other camera found.</source>
        <translation>No other camera found.</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location filename="../camera_view.py" line="117"/>
        <source>Present your badge</source>
        <translation>Present your badge</translation>
    </message>
    <message>
        <location filename="../camera_view.py" line="142"/>
        <source>No image from the camera</source>
        <translation>No image from the camera</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../pages/check.py" line="163"/>
        <source>Recording…</source>
        <translation>Recording…</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="165"/>
        <source>One more check to go</source>
        <translation>One more check to go</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="167"/>
        <source>Check the documents</source>
        <translation>Check the documents</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="169"/>
        <source>Manual check</source>
        <translation>Manual check</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="170"/>
        <source>VALID</source>
        <translation>VALID</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="174"/>
        <source>1 · Identity document</source>
        <translation>1 · Identity document</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="175"/>
        <source>2 · Press credential</source>
        <translation>2 · Press credential</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="176"/>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="177"/>
        <source>Does not match</source>
        <translation>Does not match</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="178"/>
        <source>Shown</source>
        <translation>Shown</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="179"/>
        <source>Not shown</source>
        <translation>Not shown</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="180"/>
        <source>Refuse, other reason</source>
        <translation>Refuse, other reason</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="193"/>
        <source>Badge {number}</source>
        <translation>Badge {number}</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="197"/>
        <source>Attention: {note}</source>
        <translation>Attention: {note}</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="205"/>
        <source>{document} ending {digits}</source>
        <translation>{document} ending {digits}</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="208"/>
        <source>Same name as on the badge</source>
        <translation>Same name as on the badge</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="214"/>
        <source>Mission letter from {outlet}</source>
        <translation>Mission letter from {outlet}</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="215"/>
        <source>Press card {number}
issued by {issuer}</source>
        <translation>Press card {number}
issued by {issuer}</translation>
    </message>
</context>
<context>
    <name>DeniedPage</name>
    <message>
        <location filename="../pages/denied.py" line="103"/>
        <source>Back to scanning in {seconds} s</source>
        <translation>Back to scanning in {seconds} s</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="107"/>
        <source>Next badge</source>
        <translation>Next badge</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="110"/>
        <location filename="../pages/denied.py" line="115"/>
        <source>DENIED</source>
        <translation>DENIED</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="118"/>
        <source>Manual check (found by search).</source>
        <translation>Manual check (found by search).</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="127"/>
        <source>Badge {number}</source>
        <translation>Badge {number}</translation>
    </message>
</context>
<context>
    <name>FailurePage</name>
    <message>
        <location filename="../pages/failure.py" line="61"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../pages/failure.py" line="62"/>
        <source>Back to the check</source>
        <translation>Back to the check</translation>
    </message>
    <message>
        <location filename="../pages/failure.py" line="63"/>
        <source>Next badge</source>
        <translation>Next badge</translation>
    </message>
    <message>
        <location filename="../pages/failure.py" line="70"/>
        <source>Technical detail: {detail}</source>
        <translation>Technical detail: {detail}</translation>
    </message>
</context>
<context>
    <name>GatePanel</name>
    <message>
        <location filename="../pages/supervisor_panels.py" line="110"/>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="111"/>
        <source>Session admitted</source>
        <translation>Session admitted</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="117"/>
        <source>By the programme (automatic)</source>
        <translation>By the programme (automatic)</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="120"/>
        <source>Automatic: each badge is judged for the session open at that moment.</source>
        <translation>Automatic: each badge is judged for the session open at that moment.</translation>
    </message>
</context>
<context>
    <name>LeavePanel</name>
    <message>
        <location filename="../pages/supervisor_records.py" line="304"/>
        <source>Leave the kiosk</source>
        <translation>Leave the kiosk</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="305"/>
        <source>Leave full screen</source>
        <translation>Leave full screen</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="305"/>
        <source>Back to full screen</source>
        <translation>Back to full screen</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="306"/>
        <source>Tap again to quit</source>
        <translation>Tap again to quit</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="306"/>
        <source>Quit the kiosk</source>
        <translation>Quit the kiosk</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="308"/>
        <source>While the kiosk is closed, nobody is checked at this door.</source>
        <translation>While the kiosk is closed, nobody is checked at this door.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../keyboard.py" line="147"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../keyboard.py" line="148"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <location filename="../pages/outcome.py" line="76"/>
        <source>Next badge</source>
        <translation>Next badge</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="77"/>
        <source>ADMITTED</source>
        <translation>ADMITTED</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="77"/>
        <source>REFUSED</source>
        <translation>REFUSED</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="85"/>
        <source>Let them in</source>
        <translation>Let them in</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="96"/>
        <source>Session: {session}</source>
        <translation>Session: {session}</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="99"/>
        <source>Manual check (found by search)</source>
        <translation>Manual check (found by search)</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="102"/>
        <source>Recorded at {time} by officer {officer}</source>
        <translation>Recorded at {time} by officer {officer}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../touch.py" line="89"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ScanningPage</name>
    <message>
        <location filename="../pages/scanning.py" line="58"/>
        <source>Search by name</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <location filename="../pages/scanning.py" line="59"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../pages/scanning.py" line="60"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../pages/search.py" line="174"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="175"/>
        <source>Name, outlet or badge number — then tap the person</source>
        <translation>Name, outlet or badge number — then tap the person</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="177"/>
        <source>Type a name (Latin or Arabic letters), an outlet or a badge number.</source>
        <translation>Type a name (Latin or Arabic letters), an outlet or a badge number.</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="179"/>
        <source>The search failed. Try again; if this repeats, call the supervisor.</source>
        <translation>The search failed. Try again; if this repeats, call the supervisor.</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="181"/>
        <source>Nobody found for “{query}”.</source>
        <translation>Nobody found for “{query}”.</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="185"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../pages/sign_in.py" line="227"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="228"/>
        <source>The kiosk locked itself after a few idle minutes. Sign in again to go on.</source>
        <translation>The kiosk locked itself after a few idle minutes. Sign in again to go on.</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="230"/>
        <source>Officer sign-in</source>
        <translation>Officer sign-in</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="233"/>
        <source>Officer number</source>
        <translation>Officer number</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="234"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="235"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="238"/>
        <source>Demo only: officer {number}, PIN {pin}. Supervisor PIN {supervisor}.</source>
        <translation>Demo only: officer {number}, PIN {pin}. Supervisor PIN {supervisor}.</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="243"/>
        <source>Too many wrong PINs. The keypad is locked for {seconds} s.</source>
        <translation>Too many wrong PINs. The keypad is locked for {seconds} s.</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="248"/>
        <source>Wrong number or PIN. {n} attempts left before the keypad locks.</source>
        <translation>Wrong number or PIN. {n} attempts left before the keypad locks.</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <location filename="../pages/supervisor.py" line="215"/>
        <source>Supervisor mode · {name}</source>
        <translation>Supervisor mode · {name}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="215"/>
        <source>Supervisor mode</source>
        <translation>Supervisor mode</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="217"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="219"/>
        <source>Checkpoint and session</source>
        <translation>Checkpoint and session</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="220"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="221"/>
        <source>Badge status</source>
        <translation>Badge status</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="222"/>
        <source>Annul an admission</source>
        <translation>Annul an admission</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="223"/>
        <source>Today and export</source>
        <translation>Today and export</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="224"/>
        <source>Leave or quit</source>
        <translation>Leave or quit</translation>
    </message>
</context>
<context>
    <name>SupervisorPinPage</name>
    <message>
        <location filename="../pages/supervisor.py" line="116"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="117"/>
        <source>Type the supervisor PIN.</source>
        <translation>Type the supervisor PIN.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="118"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="122"/>
        <source>Too many wrong PINs. The keypad is locked for {seconds} s.</source>
        <translation>Too many wrong PINs. The keypad is locked for {seconds} s.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="126"/>
        <source>Wrong PIN. {n} attempts left before the keypad locks.</source>
        <translation>Wrong PIN. {n} attempts left before the keypad locks.</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../pages/supervisor_records.py" line="232"/>
        <source>{rows} log lines written to {path}</source>
        <translation>{rows} log lines written to {path}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="237"/>
        <source>Export failed: {detail}</source>
        <translation>Export failed: {detail}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="241"/>
        <source>Today at this checkpoint</source>
        <translation>Today at this checkpoint</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="245"/>
        <source>Admitted: {n}</source>
        <translation>Admitted: {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="246"/>
        <source>Refused by an officer: {n}</source>
        <translation>Refused by an officer: {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="247"/>
        <source>Badges denied: {n}</source>
        <translation>Badges denied: {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="248"/>
        <source>Scans: {n}</source>
        <translation>Scans: {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="249"/>
        <source>Admissions annulled: {n}</source>
        <translation>Admissions annulled: {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="254"/>
        <source>Export the log (CSV)</source>
        <translation>Export the log (CSV)</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../top_bar.py" line="172"/>
        <source>Officer {number}</source>
        <translation>Officer {number}</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="182"/>
        <source>admitted</source>
        <translation>admitted</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="183"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="184"/>
        <source>denied</source>
        <translation>denied</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="203"/>
        <source>{session} (set by the supervisor)</source>
        <translation>{session} (set by the supervisor)</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="211"/>
        <source>Next: {session}, {when}</source>
        <translation>Next: {session}, {when}</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="213"/>
        <source>No session open</source>
        <translation>No session open</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../wording.py" line="42"/>
        <source>{time} on {day}</source>
        <translation>{time} on {day}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="60"/>
        <source>Refuse entry and call the supervisor.</source>
        <translation>Refuse entry and call the supervisor.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="61"/>
        <source>Refuse entry.</source>
        <translation>Refuse entry.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="63"/>
        <source>Not a badge of this event</source>
        <translation>Not a badge of this event</translation>
    </message>
    <message>
        <location filename="../wording.py" line="63"/>
        <source>Ask for the accreditation badge.</source>
        <translation>Ask for the accreditation badge.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="65"/>
        <source>Badge of another event</source>
        <translation>Badge of another event</translation>
    </message>
    <message>
        <location filename="../wording.py" line="68"/>
        <source>Signed with a key this kiosk does not trust.</source>
        <translation>Signed with a key this kiosk does not trust.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="70"/>
        <source>The signature does not match: the badge was forged or altered.</source>
        <translation>The signature does not match: the badge was forged or altered.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="71"/>
        <source>Forged or altered badge</source>
        <translation>Forged or altered badge</translation>
    </message>
    <message>
        <location filename="../wording.py" line="74"/>
        <source>The badge is newer than this kiosk&apos;s roster: the roster may be out of date.</source>
        <translation>The badge is newer than this kiosk&apos;s roster: the roster may be out of date.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="75"/>
        <source>Badge not on this kiosk&apos;s roster</source>
        <translation>Badge not on this kiosk&apos;s roster</translation>
    </message>
    <message>
        <location filename="../wording.py" line="76"/>
        <source>Unknown badge: not on the roster</source>
        <translation>Unknown badge: not on the roster</translation>
    </message>
    <message>
        <location filename="../wording.py" line="79"/>
        <location filename="../wording.py" line="83"/>
        <source>Reason: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="80"/>
        <source>Badge revoked</source>
        <translation>Badge revoked</translation>
    </message>
    <message>
        <location filename="../wording.py" line="84"/>
        <source>Badge suspended</source>
        <translation>Badge suspended</translation>
    </message>
    <message>
        <location filename="../wording.py" line="88"/>
        <source>A newer badge was printed (version {new}); this one is version {old}.</source>
        <translation>A newer badge was printed (version {new}); this one is version {old}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="92"/>
        <source>Old badge: replaced by a newer one</source>
        <translation>Old badge: replaced by a newer one</translation>
    </message>
    <message>
        <location filename="../wording.py" line="92"/>
        <source>Refuse this badge; ask for the new one.</source>
        <translation>Refuse this badge; ask for the new one.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="95"/>
        <source>Session now: {session}</source>
        <translation>Session now: {session}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="97"/>
        <source>Their session opens at {when}.</source>
        <translation>Their session opens at {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="98"/>
        <source>Wrong session: not accredited for this one</source>
        <translation>Wrong session: not accredited for this one</translation>
    </message>
    <message>
        <location filename="../wording.py" line="102"/>
        <source>Appointment at {when}.</source>
        <translation>Appointment at {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="102"/>
        <source>Doors open at {when}.</source>
        <translation>Doors open at {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="104"/>
        <source>Too early</source>
        <translation>Too early</translation>
    </message>
    <message>
        <location filename="../wording.py" line="104"/>
        <source>Refuse entry for now; ask them to come back.</source>
        <translation>Refuse entry for now; ask them to come back.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="106"/>
        <source>The appointment ended at {when}.</source>
        <translation>The appointment ended at {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="106"/>
        <source>Entry closed at {when}.</source>
        <translation>Entry closed at {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="108"/>
        <source>Entry closed</source>
        <translation>Entry closed</translation>
    </message>
    <message>
        <location filename="../wording.py" line="112"/>
        <source>Admitted at {time} through {checkpoint} ({session}).</source>
        <translation>Admitted at {time} through {checkpoint} ({session}).</translation>
    </message>
    <message>
        <location filename="../wording.py" line="118"/>
        <location filename="../wording.py" line="135"/>
        <source>Already admitted</source>
        <translation>Already admitted</translation>
    </message>
    <message>
        <location filename="../wording.py" line="125"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../wording.py" line="126"/>
        <source>Not a badge</source>
        <translation>Not a badge</translation>
    </message>
    <message>
        <location filename="../wording.py" line="127"/>
        <source>Forged</source>
        <translation>Forged</translation>
    </message>
    <message>
        <location filename="../wording.py" line="128"/>
        <source>Other event</source>
        <translation>Other event</translation>
    </message>
    <message>
        <location filename="../wording.py" line="129"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../wording.py" line="130"/>
        <source>Superseded</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <location filename="../wording.py" line="131"/>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../wording.py" line="132"/>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../wording.py" line="133"/>
        <source>Wrong session</source>
        <translation>Wrong session</translation>
    </message>
    <message>
        <location filename="../wording.py" line="134"/>
        <source>Outside hours</source>
        <translation>Outside hours</translation>
    </message>
    <message>
        <location filename="../wording.py" line="141"/>
        <source>Identity document does not match</source>
        <translation>Identity document does not match</translation>
    </message>
    <message>
        <location filename="../wording.py" line="142"/>
        <source>No press card or mission letter</source>
        <translation>No press card or mission letter</translation>
    </message>
    <message>
        <location filename="../wording.py" line="143"/>
        <location filename="../wording.py" line="144"/>
        <source>Refused by the officer</source>
        <translation>Refused by the officer</translation>
    </message>
    <message>
        <location filename="../wording.py" line="248"/>
        <source>No roster yet</source>
        <translation>No roster yet</translation>
    </message>
    <message>
        <location filename="../wording.py" line="250"/>
        <source>Roster of {when} (serial {serial})</source>
        <translation>Roster of {when} (serial {serial})</translation>
    </message>
    <message>
        <location filename="../wording.py" line="253"/>
        <source>Roster imported {when} (unsigned)</source>
        <translation>Roster imported {when} (unsigned)</translation>
    </message>
    <message>
        <location filename="../wording.py" line="150"/>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../wording.py" line="151"/>
        <source>National identity card</source>
        <translation>National identity card</translation>
    </message>
    <message>
        <location filename="../wording.py" line="152"/>
        <source>Residence permit</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <location filename="../wording.py" line="158"/>
        <source>Journalist</source>
        <translation>Journalist</translation>
    </message>
    <message>
        <location filename="../wording.py" line="159"/>
        <source>Photographer</source>
        <translation>Photographer</translation>
    </message>
    <message>
        <location filename="../wording.py" line="160"/>
        <source>Camera operator</source>
        <translation>Camera operator</translation>
    </message>
    <message>
        <location filename="../wording.py" line="161"/>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location filename="../wording.py" line="162"/>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location filename="../wording.py" line="163"/>
        <source>Fixer</source>
        <translation>Fixer</translation>
    </message>
    <message>
        <location filename="../wording.py" line="174"/>
        <source>Camera starting…</source>
        <translation>Camera starting…</translation>
    </message>
    <message>
        <location filename="../wording.py" line="171"/>
        <source>Camera on</source>
        <translation>Camera on</translation>
    </message>
    <message>
        <location filename="../wording.py" line="169"/>
        <source>Camera unavailable — retrying</source>
        <translation>Camera unavailable — retrying</translation>
    </message>
    <message>
        <location filename="../wording.py" line="173"/>
        <source>Video ended</source>
        <translation>Video ended</translation>
    </message>
    <message>
        <location filename="../wording.py" line="180"/>
        <source>{n} more badges are waiting. Finish this check first; they will be checked next.</source>
        <translation>{n} more badges are waiting. Finish this check first; they will be checked next.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="183"/>
        <source>Another badge is waiting. Finish this check first; it will be checked next.</source>
        <translation>Another badge is waiting. Finish this check first; it will be checked next.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="185"/>
        <source>Several badges seen at once: one badge at a time, please.</source>
        <translation>Several badges seen at once: one badge at a time, please.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="186"/>
        <source>A badge was shown: sign in first to check it.</source>
        <translation>A badge was shown: sign in first to check it.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="187"/>
        <source>This badge is already on the screen.</source>
        <translation>This badge is already on the screen.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="188"/>
        <source>The check stayed open too long and was not recorded: show the badge again.</source>
        <translation>The check stayed open too long and was not recorded: show the badge again.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="195"/>
        <source>the badge was revoked since the scan</source>
        <translation>the badge was revoked since the scan</translation>
    </message>
    <message>
        <location filename="../wording.py" line="196"/>
        <source>the badge was suspended since the scan</source>
        <translation>the badge was suspended since the scan</translation>
    </message>
    <message>
        <location filename="../wording.py" line="197"/>
        <source>a newer badge was printed since the scan</source>
        <translation>a newer badge was printed since the scan</translation>
    </message>
    <message>
        <location filename="../wording.py" line="198"/>
        <source>not accredited for the session now</source>
        <translation>not accredited for the session now</translation>
    </message>
    <message>
        <location filename="../wording.py" line="199"/>
        <source>outside the session&apos;s hours or appointment now</source>
        <translation>outside the session&apos;s hours or appointment now</translation>
    </message>
    <message>
        <location filename="../wording.py" line="200"/>
        <source>already admitted meanwhile</source>
        <translation>already admitted meanwhile</translation>
    </message>
    <message>
        <location filename="../wording.py" line="201"/>
        <source>the badge is no longer on the roster</source>
        <translation>the badge is no longer on the roster</translation>
    </message>
    <message>
        <location filename="../wording.py" line="202"/>
        <source>the check took too long</source>
        <translation>the check took too long</translation>
    </message>
    <message>
        <location filename="../wording.py" line="203"/>
        <source>the kiosk&apos;s clock went back</source>
        <translation>the kiosk&apos;s clock went back</translation>
    </message>
    <message>
        <location filename="../wording.py" line="204"/>
        <source>the officer is not on this kiosk&apos;s staff list</source>
        <translation>the officer is not on this kiosk&apos;s staff list</translation>
    </message>
    <message>
        <location filename="../wording.py" line="208"/>
        <source>the log refused the decision</source>
        <translation>the log refused the decision</translation>
    </message>
    <message>
        <location filename="../wording.py" line="216"/>
        <source>Nothing was recorded. Show the badge again to check it anew.</source>
        <translation>Nothing was recorded. Show the badge again to check it anew.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="220"/>
        <source>Nothing was recorded. Refuse entry and call the supervisor.</source>
        <translation>Nothing was recorded. Refuse entry and call the supervisor.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="223"/>
        <source>Not admitted: {reason}</source>
        <translation>Not admitted: {reason}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="228"/>
        <location filename="../wording.py" line="238"/>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <location filename="../wording.py" line="229"/>
        <source>Scan not recorded</source>
        <translation>Scan not recorded</translation>
    </message>
    <message>
        <location filename="../wording.py" line="230"/>
        <source>The badge could not be checked. Ask for the badge again; if this repeats, call the supervisor.</source>
        <translation>The badge could not be checked. Ask for the badge again; if this repeats, call the supervisor.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="233"/>
        <source>NOT SAVED</source>
        <translation>NOT SAVED</translation>
    </message>
    <message>
        <location filename="../wording.py" line="234"/>
        <source>Decision not recorded</source>
        <translation>Decision not recorded</translation>
    </message>
    <message>
        <location filename="../wording.py" line="235"/>
        <source>Nothing was saved: do not admit yet. Try again; if this repeats, call the supervisor.</source>
        <translation>Nothing was saved: do not admit yet. Try again; if this repeats, call the supervisor.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="222"/>
        <source>NOT ADMITTED</source>
        <translation>NOT ADMITTED</translation>
    </message>
    <message>
        <location filename="../wording.py" line="218"/>
        <source>This badge was admitted meanwhile at another checkpoint. Refuse entry and call the supervisor.</source>
        <translation>This badge was admitted meanwhile at another checkpoint. Refuse entry and call the supervisor.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="239"/>
        <source>Action failed</source>
        <translation>Action failed</translation>
    </message>
    <message>
        <location filename="../wording.py" line="240"/>
        <source>Try again; if this repeats, call the supervisor.</source>
        <translation>Try again; if this repeats, call the supervisor.</translation>
    </message>
</context>
</TS>
