<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AnnulPanel</name>
    <message>
        <location filename="../pages/supervisor_records.py" line="123"/>
        <source>Admission of {name} annulled; the badge can be used again.</source>
        <translation>Admission of {name} annulled; the badge can be used again.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="131"/>
        <source>Not annulled: {detail}</source>
        <translation>Not annulled: {detail}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="152"/>
        <source>Give a reason: it goes into the log.</source>
        <translation>Give a reason: it goes into the log.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="169"/>
        <source>{time} · {name}
{badge} · {session}</source>
        <translation>{time} · {name}
{badge} · {session}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="177"/>
        <source>Annul a mistaken admission</source>
        <translation>Annul a mistaken admission</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="178"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="179"/>
        <source>No admission today.</source>
        <translation>No admission today.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="183"/>
        <source>Reason…</source>
        <translation>Reason…</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="184"/>
        <source>Annul</source>
        <translation>Annul</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="185"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BadgePanel</name>
    <message>
        <location filename="../pages/badge_status.py" line="199"/>
        <source>Type the badge number first.</source>
        <translation>Type the badge number first.</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="201"/>
        <source>Looking up {number}…</source>
        <translation>Looking up {number}…</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="262"/>
        <source>Choose a reason: it goes into the roster and the log.</source>
        <translation>Choose a reason: it goes into the roster and the log.</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="288"/>
        <source>Badge {number} ({name}) is active again.</source>
        <translation>Badge {number} ({name}) is active again.</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="289"/>
        <source>Badge {number} ({name}) is suspended.</source>
        <translation>Badge {number} ({name}) is suspended.</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="290"/>
        <source>Badge {number} ({name}) is revoked.</source>
        <translation>Badge {number} ({name}) is revoked.</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="298"/>
        <source>Not changed: {detail}</source>
        <translation>Not changed: {detail}</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="303"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="304"/>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="305"/>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="307"/>
        <source>Now: {status}</source>
        <translation>Now: {status}</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="319"/>
        <source>Badge status</source>
        <translation>Badge status</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="320"/>
        <source>Badge number</source>
        <translation>Badge number</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="321"/>
        <source>Find the holder</source>
        <translation>Find the holder</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="326"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="327"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="328"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="331"/>
        <source>Your words (optional)</source>
        <translation>Your words (optional)</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="332"/>
        <source>Your words, kept as an extra line (optional)</source>
        <translation>Your words, kept as an extra line (optional)</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="333"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="339"/>
        <source>Badge {number}</source>
        <translation>Badge {number}</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="343"/>
        <source>{action} {name}: why?</source>
        <translation>{action} {name}: why?</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="344"/>
        <source>{action} {name}?</source>
        <translation>{action} {name}?</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="348"/>
        <source>Reason: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="353"/>
        <source>Confirm: {action}</source>
        <translation>Confirm: {action}</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="312"/>
        <location filename="../pages/badge_status.py" line="322"/>
        <source>Suspend</source>
        <translation>Suspend</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="313"/>
        <location filename="../pages/badge_status.py" line="323"/>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="314"/>
        <location filename="../pages/badge_status.py" line="324"/>
        <source>Reinstate</source>
        <translation>Reinstate</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../pages/supervisor_panels.py" line="204"/>
        <source>Picture {size}</source>
        <translation>Picture {size}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="206"/>
        <source>No frame yet</source>
        <translation>No frame yet</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="209"/>
        <source>Last frame {seconds} s ago</source>
        <translation>Last frame {seconds} s ago</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="211"/>
        <source>The camera sends no pictures: check its cable.</source>
        <translation>The camera sends no pictures: check its cable.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="217"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="218"/>
        <source>No other camera found.</source>
        <translation>No other camera found.</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location filename="../camera_view.py" line="125"/>
        <source>Present your badge</source>
        <translation>Present your badge</translation>
    </message>
    <message>
        <location filename="../camera_view.py" line="150"/>
        <source>No image from the camera</source>
        <translation>No image from the camera</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../pages/check.py" line="342"/>
        <location filename="../pages/check.py" line="355"/>
        <source>Recording…</source>
        <translation>Recording…</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="344"/>
        <source>Refusal waiting: it can still be undone</source>
        <translation>Refusal waiting: it can still be undone</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="346"/>
        <source>One more check to go</source>
        <translation>One more check to go</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="348"/>
        <source>Check the documents</source>
        <translation>Check the documents</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="350"/>
        <source>Manual check</source>
        <translation>Manual check</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="351"/>
        <source>VALID</source>
        <translation>VALID</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/check.py" line="355"/>
        <source>Recorded in %n s unless undone</source>
        <translation>
            <numerusform>Recorded in %n s unless undone</numerusform>
            <numerusform>Recorded in %n s unless undone</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="363"/>
        <source>1 · Identity document</source>
        <translation>1 · Identity document</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="364"/>
        <source>2 · Press credential</source>
        <translation>2 · Press credential</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="365"/>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="368"/>
        <source>Back to the check</source>
        <translation>Back to the check</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="340"/>
        <source>Refuse entry: why?</source>
        <translation>Refuse entry: why?</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="383"/>
        <source>Refusing entry to {name}: {reason}</source>
        <translation>Refusing entry to {name}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/check.py" line="404"/>
        <source>(and %n more earlier today)</source>
        <translation>
            <numerusform>(and %n more earlier today)</numerusform>
            <numerusform>(and %n more earlier today)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="422"/>
        <source>Press card {number} · {issuer}</source>
        <translation>Press card {number} · {issuer}</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="367"/>
        <source>Refuse entry…</source>
        <translation>Refuse entry…</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="371"/>
        <source>Other reason (type it)</source>
        <translation>Other reason (type it)</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="373"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="374"/>
        <source>Refuse now</source>
        <translation>Refuse now</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="338"/>
        <source>Refuse entry: in your own words, why?</source>
        <translation>Refuse entry: in your own words, why?</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="375"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="376"/>
        <source>Refuse with this reason</source>
        <translation>Refuse with this reason</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="366"/>
        <source>Shown</source>
        <translation>Shown</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="398"/>
        <source>Attention: {note}</source>
        <translation>Attention: {note}</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="415"/>
        <source>{document} ending {digits}, same name</source>
        <translation>{document} ending {digits}, same name</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="421"/>
        <source>Mission letter from {outlet}</source>
        <translation>Mission letter from {outlet}</translation>
    </message>
</context>
<context>
    <name>DenialsPanel</name>
    <message>
        <location filename="../pages/supervisor_records.py" line="251"/>
        <source>No badge number</source>
        <translation>No badge number</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="255"/>
        <source>Denials and refusals today</source>
        <translation>Denials and refusals today</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="256"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="257"/>
        <source>No denial or refusal today.</source>
        <translation>No denial or refusal today.</translation>
    </message>
</context>
<context>
    <name>DeniedPage</name>
    <message>
        <location filename="../pages/denied.py" line="120"/>
        <source>Kept on screen: tap Next badge when done.</source>
        <translation>Kept on screen: tap Next badge when done.</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/denied.py" line="123"/>
        <source>Back to scanning in %n s</source>
        <translation>
            <numerusform>Back to scanning in %n s</numerusform>
            <numerusform>Back to scanning in %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="127"/>
        <source>Next badge</source>
        <translation>Next badge</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="128"/>
        <source>Keep on screen</source>
        <translation>Keep on screen</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="131"/>
        <location filename="../pages/denied.py" line="137"/>
        <source>DENIED</source>
        <translation>DENIED</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="141"/>
        <source>Manual check (found by search).</source>
        <translation>Manual check (found by search).</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="150"/>
        <source>Badge {number}</source>
        <translation>Badge {number}</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="157"/>
        <source>Badge number it claims: {number}</source>
        <translation>Badge number it claims: {number}</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/denied.py" line="162"/>
        <source>(and %n more earlier today)</source>
        <translation>
            <numerusform>(and %n more earlier today)</numerusform>
            <numerusform>(and %n more earlier today)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FailurePage</name>
    <message>
        <location filename="../pages/failure.py" line="59"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../pages/failure.py" line="60"/>
        <source>Back to the check</source>
        <translation>Back to the check</translation>
    </message>
    <message>
        <location filename="../pages/failure.py" line="61"/>
        <source>Next badge</source>
        <translation>Next badge</translation>
    </message>
    <message>
        <location filename="../pages/failure.py" line="68"/>
        <source>Technical detail: {detail}</source>
        <translation>Technical detail: {detail}</translation>
    </message>
</context>
<context>
    <name>GatePanel</name>
    <message>
        <location filename="../pages/supervisor_panels.py" line="107"/>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="108"/>
        <source>Session admitted</source>
        <translation>Session admitted</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="114"/>
        <source>By the programme (automatic)</source>
        <translation>By the programme (automatic)</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="117"/>
        <source>Automatic: each badge is judged for the session open at that moment.</source>
        <translation>Automatic: each badge is judged for the session open at that moment.</translation>
    </message>
</context>
<context>
    <name>LeavePanel</name>
    <message>
        <location filename="../pages/supervisor_records.py" line="418"/>
        <source>Leave the kiosk</source>
        <translation>Leave the kiosk</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="419"/>
        <source>Leave full screen</source>
        <translation>Leave full screen</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="419"/>
        <source>Back to full screen</source>
        <translation>Back to full screen</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="420"/>
        <source>Tap again to quit</source>
        <translation>Tap again to quit</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="420"/>
        <source>Quit the kiosk</source>
        <translation>Quit the kiosk</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="422"/>
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
    <message numerus="yes">
        <location filename="../pages/outcome.py" line="116"/>
        <source>Back to scanning in %n s</source>
        <translation>
            <numerusform>Back to scanning in %n s</numerusform>
            <numerusform>Back to scanning in %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="120"/>
        <source>Next badge</source>
        <translation>Next badge</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="122"/>
        <source>ADMITTED</source>
        <translation>ADMITTED</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="122"/>
        <source>REFUSED</source>
        <translation>REFUSED</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="129"/>
        <source>Let them in</source>
        <translation>Let them in</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="135"/>
        <source>Badge {number}</source>
        <translation>Badge {number}</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="138"/>
        <source>Reason given: {note}</source>
        <translation>Reason given: {note}</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="140"/>
        <source>Session: {session}</source>
        <translation>Session: {session}</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="143"/>
        <source>Manual check (found by search)</source>
        <translation>Manual check (found by search)</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="146"/>
        <source>Recorded at {time} by officer {officer}</source>
        <translation>Recorded at {time} by officer {officer}</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="151"/>
        <source>Attention: {note}</source>
        <translation>Attention: {note}</translation>
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
        <location filename="../pages/scanning.py" line="60"/>
        <source>Search by name</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <location filename="../pages/scanning.py" line="61"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../pages/scanning.py" line="62"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../pages/search.py" line="211"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="212"/>
        <source>Hide keyboard</source>
        <translation>Hide keyboard</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="212"/>
        <source>Keyboard</source>
        <translation>Keyboard</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="213"/>
        <source>Name, outlet or badge number</source>
        <translation>Name, outlet or badge number</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="216"/>
        <source>Type a name (Latin or Arabic letters), an outlet or a badge number.</source>
        <translation>Type a name (Latin or Arabic letters), an outlet or a badge number.</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="218"/>
        <source>The search failed. Try again; if this repeats, call the supervisor.</source>
        <translation>The search failed. Try again; if this repeats, call the supervisor.</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="220"/>
        <source>Nobody found for “{query}”.</source>
        <translation>Nobody found for “{query}”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/search.py" line="222"/>
        <source>More than %n people match: type more to narrow it down.</source>
        <translation>
            <numerusform>More than %n person matches: type more to narrow it down.</numerusform>
            <numerusform>More than %n people match: type more to narrow it down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/search.py" line="224"/>
        <source>%n people match: type more to narrow it down, or scroll.</source>
        <translation>
            <numerusform>%n person matches: type more to narrow it down, or scroll.</numerusform>
            <numerusform>%n people match: type more to narrow it down, or scroll.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/search.py" line="226"/>
        <source>%n people match: tap the person in front of you.</source>
        <translation>
            <numerusform>%n person matches: tap the person in front of you.</numerusform>
            <numerusform>%n people match: tap the person in front of you.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="228"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../pages/sign_in.py" line="226"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="227"/>
        <source>The kiosk locked itself after a few idle minutes. Sign in again to go on.</source>
        <translation>The kiosk locked itself after a few idle minutes. Sign in again to go on.</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="229"/>
        <source>Officer sign-in</source>
        <translation>Officer sign-in</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="232"/>
        <source>Officer number</source>
        <translation>Officer number</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="233"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="234"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="237"/>
        <source>Demo only: officer {number}, PIN {pin}. Supervisor PIN {supervisor}.</source>
        <translation>Demo only: officer {number}, PIN {pin}. Supervisor PIN {supervisor}.</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="242"/>
        <source>Too many wrong PINs. The keypad is locked for {seconds} s.</source>
        <translation>Too many wrong PINs. The keypad is locked for {seconds} s.</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/sign_in.py" line="246"/>
        <source>Wrong number or PIN. %n attempt(s) left before the keypad locks.</source>
        <translation>
            <numerusform>Wrong number or PIN. %n attempt left before the keypad locks.</numerusform>
            <numerusform>Wrong number or PIN. %n attempts left before the keypad locks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <location filename="../pages/supervisor.py" line="226"/>
        <source>Supervisor mode · {name}</source>
        <translation>Supervisor mode · {name}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="226"/>
        <source>Supervisor mode</source>
        <translation>Supervisor mode</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="228"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="230"/>
        <source>Checkpoint and session</source>
        <translation>Checkpoint and session</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="231"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="232"/>
        <source>Badge status</source>
        <translation>Badge status</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="233"/>
        <source>Annul an admission</source>
        <translation>Annul an admission</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="234"/>
        <source>Denials today</source>
        <translation>Denials today</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="235"/>
        <source>Today and export</source>
        <translation>Today and export</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="239"/>
        <source>Leave or quit</source>
        <translation>Leave or quit</translation>
    </message>
</context>
<context>
    <name>SupervisorPinPage</name>
    <message>
        <location filename="../pages/supervisor.py" line="113"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="114"/>
        <source>Type the supervisor PIN.</source>
        <translation>Type the supervisor PIN.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="115"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="119"/>
        <source>Too many wrong PINs. The keypad is locked for {seconds} s.</source>
        <translation>Too many wrong PINs. The keypad is locked for {seconds} s.</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/supervisor.py" line="124"/>
        <source>Wrong PIN. %n attempt(s) left before the keypad locks.</source>
        <translation>
            <numerusform>Wrong PIN. %n attempt left before the keypad locks.</numerusform>
            <numerusform>Wrong PIN. %n attempts left before the keypad locks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message numerus="yes">
        <location filename="../pages/supervisor_records.py" line="341"/>
        <source>%n log line(s) written to {path}</source>
        <translation>
            <numerusform>%n log line written to {path}</numerusform>
            <numerusform>%n log lines written to {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="345"/>
        <source>Export failed: {detail}</source>
        <translation>Export failed: {detail}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="349"/>
        <source>Today at this checkpoint</source>
        <translation>Today at this checkpoint</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="353"/>
        <source>Admitted: {n}</source>
        <translation>Admitted: {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="354"/>
        <source>Refused by an officer: {n}</source>
        <translation>Refused by an officer: {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="355"/>
        <source>Badges denied: {n}</source>
        <translation>Badges denied: {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="361"/>
        <source>Scans: {n}</source>
        <translation>Scans: {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="361"/>
        <source>Admissions annulled: {n}</source>
        <translation>Admissions annulled: {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="364"/>
        <source>Export the log (CSV) on this kiosk</source>
        <translation>Export the log (CSV) on this kiosk</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="366"/>
        <source>Or onto a removable drive:</source>
        <translation>Or onto a removable drive:</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="366"/>
        <source>No removable drive found.</source>
        <translation>No removable drive found.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="368"/>
        <source>Look again</source>
        <translation>Look again</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="370"/>
        <source>Export onto {drive}</source>
        <translation>Export onto {drive}</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../top_bar.py" line="225"/>
        <source>Officer {number}</source>
        <translation>Officer {number}</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="233"/>
        <source>admitted</source>
        <translation>admitted</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="234"/>
        <source>refused by officers</source>
        <translation>refused by officers</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="235"/>
        <source>badges denied</source>
        <translation>badges denied</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="244"/>
        <source>No image</source>
        <translation>No image</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="257"/>
        <source>{checkpoint} · set by the supervisor</source>
        <translation>{checkpoint} · set by the supervisor</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="267"/>
        <source>{checkpoint} · next session at {when}</source>
        <translation>{checkpoint} · next session at {when}</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="270"/>
        <source>No session open</source>
        <translation>No session open</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../wording.py" line="53"/>
        <source>{time} on {day}</source>
        <translation>{time} on {day}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="74"/>
        <source>Refuse entry and call the supervisor.</source>
        <translation>Refuse entry and call the supervisor.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="81"/>
        <source>Refuse entry.</source>
        <translation>Refuse entry.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="83"/>
        <source>Not a badge of this event</source>
        <translation>Not a badge of this event</translation>
    </message>
    <message>
        <location filename="../wording.py" line="83"/>
        <source>Ask for the accreditation badge.</source>
        <translation>Ask for the accreditation badge.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="85"/>
        <source>Badge of another event</source>
        <translation>Badge of another event</translation>
    </message>
    <message>
        <location filename="../wording.py" line="88"/>
        <source>Signed with a key this kiosk does not trust.</source>
        <translation>Signed with a key this kiosk does not trust.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="90"/>
        <source>The signature does not match: the badge was forged or altered.</source>
        <translation>The signature does not match: the badge was forged or altered.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="91"/>
        <source>Forged or altered badge</source>
        <translation>Forged or altered badge</translation>
    </message>
    <message>
        <location filename="../wording.py" line="94"/>
        <source>The badge is newer than this kiosk&apos;s roster: the roster may be out of date.</source>
        <translation>The badge is newer than this kiosk&apos;s roster: the roster may be out of date.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="95"/>
        <source>Badge not on this kiosk&apos;s roster</source>
        <translation>Badge not on this kiosk&apos;s roster</translation>
    </message>
    <message>
        <location filename="../wording.py" line="96"/>
        <source>Unknown badge: not on the roster</source>
        <translation>Unknown badge: not on the roster</translation>
    </message>
    <message>
        <location filename="../wording.py" line="175"/>
        <source>Reason: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="99"/>
        <source>Badge revoked</source>
        <translation>Badge revoked</translation>
    </message>
    <message>
        <location filename="../wording.py" line="102"/>
        <source>Badge suspended</source>
        <translation>Badge suspended</translation>
    </message>
    <message>
        <location filename="../wording.py" line="106"/>
        <source>A newer badge was printed (version {new}); this one is version {old}.</source>
        <translation>A newer badge was printed (version {new}); this one is version {old}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="110"/>
        <source>Old badge: replaced by a newer one</source>
        <translation>Old badge: replaced by a newer one</translation>
    </message>
    <message>
        <location filename="../wording.py" line="110"/>
        <source>Refuse this badge; ask for the new one.</source>
        <translation>Refuse this badge; ask for the new one.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="113"/>
        <source>Session now: {session}</source>
        <translation>Session now: {session}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="115"/>
        <source>Their session opens at {when}.</source>
        <translation>Their session opens at {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="116"/>
        <source>Wrong session: not accredited for this one</source>
        <translation>Wrong session: not accredited for this one</translation>
    </message>
    <message>
        <location filename="../wording.py" line="120"/>
        <source>Appointment at {when}.</source>
        <translation>Appointment at {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="120"/>
        <source>Doors open at {when}.</source>
        <translation>Doors open at {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="122"/>
        <source>Too early</source>
        <translation>Too early</translation>
    </message>
    <message>
        <location filename="../wording.py" line="122"/>
        <source>Refuse entry for now; ask them to come back.</source>
        <translation>Refuse entry for now; ask them to come back.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="124"/>
        <source>The appointment ended at {when}.</source>
        <translation>The appointment ended at {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="124"/>
        <source>Entry closed at {when}.</source>
        <translation>Entry closed at {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="126"/>
        <source>Entry closed</source>
        <translation>Entry closed</translation>
    </message>
    <message>
        <location filename="../wording.py" line="130"/>
        <source>Admitted at {time} through {checkpoint} ({session}).</source>
        <translation>Admitted at {time} through {checkpoint} ({session}).</translation>
    </message>
    <message>
        <location filename="../wording.py" line="136"/>
        <location filename="../wording.py" line="210"/>
        <source>Already admitted</source>
        <translation>Already admitted</translation>
    </message>
    <message>
        <location filename="../wording.py" line="142"/>
        <source>Badge reported lost or stolen</source>
        <translation>Badge reported lost or stolen</translation>
    </message>
    <message>
        <location filename="../wording.py" line="143"/>
        <source>Identity to be confirmed with the accreditation office</source>
        <translation>Identity to be confirmed with the accreditation office</translation>
    </message>
    <message>
        <location filename="../wording.py" line="144"/>
        <source>Press credential could not be confirmed</source>
        <translation>Press credential could not be confirmed</translation>
    </message>
    <message>
        <location filename="../wording.py" line="145"/>
        <source>Required documents missing</source>
        <translation>Required documents missing</translation>
    </message>
    <message>
        <location filename="../wording.py" line="146"/>
        <source>Registered twice: another badge replaces this one</source>
        <translation>Registered twice: another badge replaces this one</translation>
    </message>
    <message>
        <location filename="../wording.py" line="147"/>
        <source>Accreditation withdrawn by the organiser</source>
        <translation>Accreditation withdrawn by the organiser</translation>
    </message>
    <message>
        <location filename="../wording.py" line="148"/>
        <location filename="../wording.py" line="162"/>
        <source>Security decision</source>
        <translation>Security decision</translation>
    </message>
    <message>
        <location filename="../wording.py" line="149"/>
        <location filename="../wording.py" line="163"/>
        <location filename="../wording.py" line="220"/>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <location filename="../wording.py" line="156"/>
        <source>Lost or stolen</source>
        <translation>Lost or stolen</translation>
    </message>
    <message>
        <location filename="../wording.py" line="157"/>
        <source>Identity to confirm</source>
        <translation>Identity to confirm</translation>
    </message>
    <message>
        <location filename="../wording.py" line="158"/>
        <source>Press credential doubtful</source>
        <translation>Press credential doubtful</translation>
    </message>
    <message>
        <location filename="../wording.py" line="159"/>
        <source>Documents missing</source>
        <translation>Documents missing</translation>
    </message>
    <message>
        <location filename="../wording.py" line="160"/>
        <source>Registered twice</source>
        <translation>Registered twice</translation>
    </message>
    <message>
        <location filename="../wording.py" line="161"/>
        <source>Withdrawn by the organiser</source>
        <translation>Withdrawn by the organiser</translation>
    </message>
    <message>
        <location filename="../wording.py" line="177"/>
        <source>Roster note: “{note}”</source>
        <translation>Roster note: “{note}”</translation>
    </message>
    <message>
        <location filename="../wording.py" line="188"/>
        <source>{reason}: {note}</source>
        <translation>{reason}: {note}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="190"/>
        <source>REFUSED {time} by officer {officer}, {place} — {reason}</source>
        <translation>REFUSED {time} by officer {officer}, {place} — {reason}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="194"/>
        <source>DENIED {time}, {place} — {reason}</source>
        <translation>DENIED {time}, {place} — {reason}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="200"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../wording.py" line="201"/>
        <source>Not a badge</source>
        <translation>Not a badge</translation>
    </message>
    <message>
        <location filename="../wording.py" line="202"/>
        <source>Forged</source>
        <translation>Forged</translation>
    </message>
    <message>
        <location filename="../wording.py" line="203"/>
        <source>Other event</source>
        <translation>Other event</translation>
    </message>
    <message>
        <location filename="../wording.py" line="204"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../wording.py" line="205"/>
        <source>Superseded</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <location filename="../wording.py" line="206"/>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../wording.py" line="207"/>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../wording.py" line="208"/>
        <source>Wrong session</source>
        <translation>Wrong session</translation>
    </message>
    <message>
        <location filename="../wording.py" line="209"/>
        <source>Outside hours</source>
        <translation>Outside hours</translation>
    </message>
    <message>
        <location filename="../wording.py" line="216"/>
        <source>Identity document does not match</source>
        <translation>Identity document does not match</translation>
    </message>
    <message>
        <location filename="../wording.py" line="217"/>
        <source>No press card or mission letter</source>
        <translation>No press card or mission letter</translation>
    </message>
    <message>
        <location filename="../wording.py" line="218"/>
        <source>Refused the security screening</source>
        <translation>Refused the security screening</translation>
    </message>
    <message>
        <location filename="../wording.py" line="219"/>
        <source>Behaviour at the door</source>
        <translation>Behaviour at the door</translation>
    </message>
    <message>
        <location filename="../wording.py" line="221"/>
        <source>Refused by the officer</source>
        <translation>Refused by the officer</translation>
    </message>
    <message>
        <location filename="../wording.py" line="257"/>
        <source>Camera fault</source>
        <translation>Camera fault</translation>
    </message>
    <message>
        <location filename="../wording.py" line="262"/>
        <source>Camera starting</source>
        <translation>Camera starting</translation>
    </message>
    <message>
        <location filename="../wording.py" line="269"/>
        <source>Next: {name} · {badge}
Finish this check first.</source>
        <translation>Next: {name} · {badge}
Finish this check first.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="272"/>
        <source>Another badge is waiting.
Finish this check first.</source>
        <translation>Another badge is waiting.
Finish this check first.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="274"/>
        <source>Several badges at once:
one badge at a time, please.</source>
        <translation>Several badges at once:
one badge at a time, please.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="275"/>
        <source>A badge was shown:
sign in first to check it.</source>
        <translation>A badge was shown:
sign in first to check it.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="276"/>
        <source>This badge is already
on the screen.</source>
        <translation>This badge is already
on the screen.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="227"/>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../wording.py" line="228"/>
        <source>National identity card</source>
        <translation>National identity card</translation>
    </message>
    <message>
        <location filename="../wording.py" line="229"/>
        <source>Residence permit</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <location filename="../wording.py" line="235"/>
        <source>Journalist</source>
        <translation>Journalist</translation>
    </message>
    <message>
        <location filename="../wording.py" line="236"/>
        <source>Photographer</source>
        <translation>Photographer</translation>
    </message>
    <message>
        <location filename="../wording.py" line="237"/>
        <source>Camera operator</source>
        <translation>Camera operator</translation>
    </message>
    <message>
        <location filename="../wording.py" line="238"/>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location filename="../wording.py" line="239"/>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location filename="../wording.py" line="240"/>
        <source>Fixer</source>
        <translation>Fixer</translation>
    </message>
    <message>
        <location filename="../wording.py" line="251"/>
        <source>Camera starting…</source>
        <translation>Camera starting…</translation>
    </message>
    <message>
        <location filename="../wording.py" line="248"/>
        <location filename="../wording.py" line="259"/>
        <source>Camera on</source>
        <translation>Camera on</translation>
    </message>
    <message>
        <location filename="../wording.py" line="246"/>
        <source>Camera unavailable — retrying</source>
        <translation>Camera unavailable — retrying</translation>
    </message>
    <message>
        <location filename="../wording.py" line="250"/>
        <location filename="../wording.py" line="261"/>
        <source>Video ended</source>
        <translation>Video ended</translation>
    </message>
    <message>
        <location filename="../wording.py" line="284"/>
        <location filename="../wording.py" line="299"/>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <location filename="../wording.py" line="285"/>
        <source>Scan not recorded</source>
        <translation>Scan not recorded</translation>
    </message>
    <message>
        <location filename="../wording.py" line="286"/>
        <source>The badge could not be checked. Ask for the badge again; if this repeats, call the supervisor.</source>
        <translation>The badge could not be checked. Ask for the badge again; if this repeats, call the supervisor.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="289"/>
        <source>NOT SAVED</source>
        <translation>NOT SAVED</translation>
    </message>
    <message>
        <location filename="../wording.py" line="290"/>
        <source>Decision not recorded</source>
        <translation>Decision not recorded</translation>
    </message>
    <message>
        <location filename="../wording.py" line="291"/>
        <source>Nothing was saved: do not admit yet. Try again; if this repeats, call the supervisor.</source>
        <translation>Nothing was saved: do not admit yet. Try again; if this repeats, call the supervisor.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="294"/>
        <source>NOT ADMITTED</source>
        <translation>NOT ADMITTED</translation>
    </message>
    <message>
        <location filename="../wording.py" line="295"/>
        <source>Badge already used elsewhere</source>
        <translation>Badge already used elsewhere</translation>
    </message>
    <message>
        <location filename="../wording.py" line="296"/>
        <source>This badge was admitted meanwhile at another checkpoint. Refuse entry and call the supervisor.</source>
        <translation>This badge was admitted meanwhile at another checkpoint. Refuse entry and call the supervisor.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="300"/>
        <source>Action failed</source>
        <translation>Action failed</translation>
    </message>
    <message>
        <location filename="../wording.py" line="301"/>
        <source>Try again; if this repeats, call the supervisor.</source>
        <translation>Try again; if this repeats, call the supervisor.</translation>
    </message>
</context>
</TS>
