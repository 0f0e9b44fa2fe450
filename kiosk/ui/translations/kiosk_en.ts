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
        <location filename="../pages/supervisor_records.py" line="133"/>
        <source>Not annulled: {detail}</source>
        <translation>Not annulled: {detail}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="154"/>
        <source>Give a reason: it goes into the log.</source>
        <translation>Give a reason: it goes into the log.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="171"/>
        <source>{time} · {name}
{badge} · {session}</source>
        <translation>{time} · {name}
{badge} · {session}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="179"/>
        <source>Annul a mistaken admission</source>
        <translation>Annul a mistaken admission</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="180"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="181"/>
        <source>No admission today.</source>
        <translation>No admission today.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="185"/>
        <source>Reason…</source>
        <translation>Reason…</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="186"/>
        <source>Annul</source>
        <translation>Annul</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="187"/>
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
        <location filename="../pages/check.py" line="335"/>
        <location filename="../pages/check.py" line="348"/>
        <source>Recording…</source>
        <translation>Recording…</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="337"/>
        <source>Refusal waiting: it can still be undone</source>
        <translation>Refusal waiting: it can still be undone</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="339"/>
        <source>One more check to go</source>
        <translation>One more check to go</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="341"/>
        <source>Check the documents</source>
        <translation>Check the documents</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="343"/>
        <source>Manual check</source>
        <translation>Manual check</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="344"/>
        <source>VALID</source>
        <translation>VALID</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/check.py" line="348"/>
        <source>Recorded in %n s unless undone</source>
        <translation>
            <numerusform>Recorded in %n s unless undone</numerusform>
            <numerusform>Recorded in %n s unless undone</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="357"/>
        <source>1 · Identity document</source>
        <translation>1 · Identity document</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="358"/>
        <source>2 · Press credential</source>
        <translation>2 · Press credential</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="359"/>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="362"/>
        <source>Back to the check</source>
        <translation>Back to the check</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="333"/>
        <source>Refuse entry: why?</source>
        <translation>Refuse entry: why?</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="377"/>
        <source>Refusing entry to {name}: {reason}</source>
        <translation>Refusing entry to {name}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/check.py" line="398"/>
        <source>(and %n more earlier today)</source>
        <translation>
            <numerusform>(and %n more earlier today)</numerusform>
            <numerusform>(and %n more earlier today)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="401"/>
        <source>Offline: another lane may have admitted this badge already</source>
        <translation>Offline: another lane may have admitted this badge already</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="418"/>
        <source>Press card {number} · {issuer}</source>
        <translation>Press card {number} · {issuer}</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="361"/>
        <source>Refuse entry…</source>
        <translation>Refuse entry…</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="365"/>
        <source>Other reason (type it)</source>
        <translation>Other reason (type it)</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="367"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="368"/>
        <source>Refuse now</source>
        <translation>Refuse now</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="331"/>
        <source>Refuse entry: in your own words, why?</source>
        <translation>Refuse entry: in your own words, why?</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="369"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="370"/>
        <source>Refuse with this reason</source>
        <translation>Refuse with this reason</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="360"/>
        <source>Shown</source>
        <translation>Shown</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="392"/>
        <source>Attention: {note}</source>
        <translation>Attention: {note}</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="411"/>
        <source>{document} ending {digits}, same name</source>
        <translation>{document} ending {digits}, same name</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="417"/>
        <source>Mission letter from {outlet}</source>
        <translation>Mission letter from {outlet}</translation>
    </message>
</context>
<context>
    <name>DenialsPanel</name>
    <message>
        <location filename="../pages/supervisor_records.py" line="253"/>
        <source>No badge number</source>
        <translation>No badge number</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="257"/>
        <source>Denials and refusals today</source>
        <translation>Denials and refusals today</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="258"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="259"/>
        <source>No denial or refusal today.</source>
        <translation>No denial or refusal today.</translation>
    </message>
</context>
<context>
    <name>DeniedPage</name>
    <message>
        <location filename="../pages/denied.py" line="111"/>
        <source>Kept on screen: tap Next badge when done.</source>
        <translation>Kept on screen: tap Next badge when done.</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/denied.py" line="114"/>
        <source>Back to scanning in %n s</source>
        <translation>
            <numerusform>Back to scanning in %n s</numerusform>
            <numerusform>Back to scanning in %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="118"/>
        <source>Next badge</source>
        <translation>Next badge</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="119"/>
        <source>Keep on screen</source>
        <translation>Keep on screen</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="122"/>
        <location filename="../pages/denied.py" line="128"/>
        <source>DENIED</source>
        <translation>DENIED</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="132"/>
        <source>Manual check (found by search).</source>
        <translation>Manual check (found by search).</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="141"/>
        <source>Badge {number}</source>
        <translation>Badge {number}</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="148"/>
        <source>Badge number it claims: {number}</source>
        <translation>Badge number it claims: {number}</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/denied.py" line="153"/>
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
        <location filename="../pages/failure.py" line="69"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../pages/failure.py" line="70"/>
        <source>Back to the check</source>
        <translation>Back to the check</translation>
    </message>
    <message>
        <location filename="../pages/failure.py" line="71"/>
        <source>Next badge</source>
        <translation>Next badge</translation>
    </message>
    <message>
        <location filename="../pages/failure.py" line="72"/>
        <source>Supervisor approves…</source>
        <translation>Supervisor approves…</translation>
    </message>
    <message>
        <location filename="../pages/failure.py" line="79"/>
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
        <location filename="../pages/supervisor_records.py" line="432"/>
        <source>Leave the kiosk</source>
        <translation>Leave the kiosk</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="433"/>
        <source>Leave full screen</source>
        <translation>Leave full screen</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="433"/>
        <source>Back to full screen</source>
        <translation>Back to full screen</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="434"/>
        <source>Tap again to quit</source>
        <translation>Tap again to quit</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="434"/>
        <source>Quit the kiosk</source>
        <translation>Quit the kiosk</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="436"/>
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
        <location filename="../pages/outcome.py" line="108"/>
        <source>Back to scanning in %n s</source>
        <translation>
            <numerusform>Back to scanning in %n s</numerusform>
            <numerusform>Back to scanning in %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="112"/>
        <source>Next badge</source>
        <translation>Next badge</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="114"/>
        <source>ADMITTED</source>
        <translation>ADMITTED</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="114"/>
        <source>REFUSED</source>
        <translation>REFUSED</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="122"/>
        <source>Let them in</source>
        <translation>Let them in</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="131"/>
        <source>Badge {number}</source>
        <translation>Badge {number}</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="134"/>
        <source>Reason given: {note}</source>
        <translation>Reason given: {note}</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="136"/>
        <source>Session: {session}</source>
        <translation>Session: {session}</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="139"/>
        <source>Manual check (found by search)</source>
        <translation>Manual check (found by search)</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="141"/>
        <source>Admitted offline: the site gets it when the network is back</source>
        <translation>Admitted offline: the site gets it when the network is back</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="144"/>
        <source>Recorded at {time} by officer {officer}</source>
        <translation>Recorded at {time} by officer {officer}</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="149"/>
        <source>Attention: {note}</source>
        <translation>Attention: {note}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../touch.py" line="115"/>
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
        <location filename="../pages/search.py" line="191"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="192"/>
        <source>Hide keyboard</source>
        <translation>Hide keyboard</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="192"/>
        <source>Keyboard</source>
        <translation>Keyboard</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="193"/>
        <source>Name, outlet or badge number</source>
        <translation>Name, outlet or badge number</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="196"/>
        <source>Type a name (Latin or Arabic letters), an outlet or a badge number.</source>
        <translation>Type a name (Latin or Arabic letters), an outlet or a badge number.</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="198"/>
        <source>The search failed. Try again; if this repeats, call the supervisor.</source>
        <translation>The search failed. Try again; if this repeats, call the supervisor.</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="200"/>
        <source>Nobody found for “{query}”.</source>
        <translation>Nobody found for “{query}”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/search.py" line="202"/>
        <source>More than %n people match: type more to narrow it down.</source>
        <translation>
            <numerusform>More than %n person matches: type more to narrow it down.</numerusform>
            <numerusform>More than %n people match: type more to narrow it down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/search.py" line="204"/>
        <source>%n people match: type more to narrow it down, or scroll.</source>
        <translation>
            <numerusform>%n person matches: type more to narrow it down, or scroll.</numerusform>
            <numerusform>%n people match: type more to narrow it down, or scroll.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/search.py" line="206"/>
        <source>%n people match: tap the person in front of you.</source>
        <translation>
            <numerusform>%n person matches: tap the person in front of you.</numerusform>
            <numerusform>%n people match: tap the person in front of you.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="208"/>
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
    <name>SitePanel</name>
    <message>
        <location filename="../pages/supervisor_site.py" line="166"/>
        <source>Annulled here, with your reason. The other admission stands; the conflict is resolved.</source>
        <translation>Annulled here, with your reason. The other admission stands; the conflict is resolved.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="169"/>
        <source>Annulled here, with your reason. The site is out of reach: it learns of it when the link is back.</source>
        <translation>Annulled here, with your reason. The site is out of reach: it learns of it when the link is back.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="179"/>
        <source>Not annulled: {detail}</source>
        <translation>Not annulled: {detail}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="236"/>
        <source>Give a reason: it goes into the log.</source>
        <translation>Give a reason: it goes into the log.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="290"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="291"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="292"/>
        <source>Annul</source>
        <translation>Annul</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="293"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="294"/>
        <source>Reason…</source>
        <translation>Reason…</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="299"/>
        <source>Kiosks</source>
        <translation>Kiosks</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="299"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="299"/>
        <source>Conflicts: {count}</source>
        <translation>Conflicts: {count}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="307"/>
        <source>The site could not be read (the kiosk&apos;s log says why). Refresh tries again.</source>
        <translation>The site could not be read (the kiosk&apos;s log says why). Refresh tries again.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="317"/>
        <source>No session (not a badge, or a forged one)</source>
        <translation>No session (not a badge, or a forged one)</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="320"/>
        <source>{kiosk} · {session}</source>
        <translation>{kiosk} · {session}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="321"/>
        <source>{admitted} admitted · {refused} refused by officers · {denied} badges denied</source>
        <translation>{admitted} admitted · {refused} refused by officers · {denied} badges denied</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="331"/>
        <source>{kiosk}: admissions today, in the order the site took them</source>
        <translation>{kiosk}: admissions today, in the order the site took them</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="333"/>
        <source>No admission today.</source>
        <translation>No admission today.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="340"/>
        <source>Annul the admission of {badge} made here at {time}?</source>
        <translation>Annul the admission of {badge} made here at {time}?</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="354"/>
        <source>Nothing to show: the site has not answered yet.</source>
        <translation>Nothing to show: the site has not answered yet.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="355"/>
        <source>Reading the site…</source>
        <translation>Reading the site…</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="357"/>
        <source>Kiosks: {kiosks} · offline: {offline} · clock off: {clock} · conflicts: {conflicts}</source>
        <translation>Kiosks: {kiosks} · offline: {offline} · clock off: {clock} · conflicts: {conflicts}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="362"/>
        <source>as it was at {time}</source>
        <translation>as it was at {time}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="364"/>
        <source>at {time}, the site&apos;s clock</source>
        <translation>at {time}, the site&apos;s clock</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="373"/>
        <source>No kiosk has reached the site yet.</source>
        <translation>No kiosk has reached the site yet.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="375"/>
        <source>Nothing logged today yet.</source>
        <translation>Nothing logged today yet.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="377"/>
        <source>No conflict: every badge was admitted once.</source>
        <translation>No conflict: every badge was admitted once.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="390"/>
        <source>{kiosk} · {checkpoint}</source>
        <translation>{kiosk} · {checkpoint}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="392"/>
        <location filename="../pages/supervisor_site.py" line="478"/>
        <source>{kiosk} (this kiosk)</source>
        <translation>{kiosk} (this kiosk)</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="398"/>
        <source>Online · seen {ago} ago</source>
        <translation>Online · seen {ago} ago</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="400"/>
        <source>OFFLINE · last seen at {time} ({ago} ago)</source>
        <translation>OFFLINE · last seen at {time} ({ago} ago)</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="404"/>
        <source>Office · last seen {ago} ago</source>
        <translation>Office · last seen {ago} ago</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="405"/>
        <source>{seen} · {count} to upload · admitted today: {admitted}</source>
        <translation>{seen} · {count} to upload · admitted today: {admitted}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="409"/>
        <source>No roster</source>
        <translation>No roster</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="411"/>
        <source>Roster serial {serial}</source>
        <translation>Roster serial {serial}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="413"/>
        <source>Roster serial {serial}, {age} old</source>
        <translation>Roster serial {serial}, {age} old</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="418"/>
        <source>{roster} (serial {latest} is out)</source>
        <translation>{roster} (serial {latest} is out)</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="425"/>
        <source>ALARM: the site holds {count} fork or rollback alarm(s) on its log</source>
        <translation>ALARM: the site holds {count} fork or rollback alarm(s) on its log</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="433"/>
        <source>Clock not measured</source>
        <translation>Clock not measured</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="438"/>
        <source>CLOCK {seconds} s SLOW (more than {limit} s off the site&apos;s)</source>
        <translation>CLOCK {seconds} s SLOW (more than {limit} s off the site&apos;s)</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="441"/>
        <source>CLOCK {seconds} s FAST (more than {limit} s off the site&apos;s)</source>
        <translation>CLOCK {seconds} s FAST (more than {limit} s off the site&apos;s)</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="444"/>
        <source>Clock within {seconds} s of the site&apos;s</source>
        <translation>Clock within {seconds} s of the site&apos;s</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="449"/>
        <source>Badge {badge} admitted twice · {session} · {day}</source>
        <translation>Badge {badge} admitted twice · {session} · {day}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="453"/>
        <source>Offline: {where}</source>
        <translation>Offline: {where}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="455"/>
        <source>Standing: {where}</source>
        <translation>Standing: {where}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="456"/>
        <source>The standing admission was annulled since.</source>
        <translation>The standing admission was annulled since.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="459"/>
        <source>Annul…</source>
        <translation>Annul…</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="465"/>
        <source>The decision at {kiosk} has not reached the site yet.</source>
        <translation>The decision at {kiosk} has not reached the site yet.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="469"/>
        <source>To annul the one at {kiosk}: its supervisor mode, The site (or kiosk log annul {id} there).</source>
        <translation>To annul the one at {kiosk}: its supervisor mode, The site (or kiosk log annul {id} there).</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="472"/>
        <source>Neither was admitted here: annul the mistaken one at its own kiosk.</source>
        <translation>Neither was admitted here: annul the mistaken one at its own kiosk.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="482"/>
        <source>{kiosk} at {time}, officer {officer}</source>
        <translation>{kiosk} at {time}, officer {officer}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="485"/>
        <source>{kiosk} at {time}</source>
        <translation>{kiosk} at {time}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="489"/>
        <source>{time} on the site&apos;s clock · badge {badge}</source>
        <translation>{time} on the site&apos;s clock · badge {badge}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="494"/>
        <source>its own clock said {time}</source>
        <translation>its own clock said {time}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="497"/>
        <source>admitted offline</source>
        <translation>admitted offline</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="499"/>
        <source>CONFLICT</source>
        <translation>CONFLICT</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="501"/>
        <source>annulled</source>
        <translation>annulled</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="510"/>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="513"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="516"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="517"/>
        <source>{n} days</source>
        <translation>{n} days</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <location filename="../pages/supervisor.py" line="259"/>
        <source>Supervisor mode · {name}</source>
        <translation>Supervisor mode · {name}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="259"/>
        <source>Supervisor mode</source>
        <translation>Supervisor mode</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="261"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="263"/>
        <source>Checkpoint and session</source>
        <translation>Checkpoint and session</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="264"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="265"/>
        <source>Badge status</source>
        <translation>Badge status</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="266"/>
        <source>Annul an admission</source>
        <translation>Annul an admission</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="267"/>
        <source>Denials today</source>
        <translation>Denials today</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="268"/>
        <source>Today and export</source>
        <translation>Today and export</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="272"/>
        <source>Leave or quit</source>
        <translation>Leave or quit</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="273"/>
        <source>The site</source>
        <translation>The site</translation>
    </message>
</context>
<context>
    <name>SupervisorPinPage</name>
    <message>
        <location filename="../pages/supervisor.py" line="123"/>
        <source>Supervisor: admit offline?</source>
        <translation>Supervisor: admit offline?</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="125"/>
        <source>The kiosk is offline on data past its age limit. Your PIN admits this holder; it is logged.</source>
        <translation>The kiosk is offline on data past its age limit. Your PIN admits this holder; it is logged.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="128"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="129"/>
        <source>Type the supervisor PIN.</source>
        <translation>Type the supervisor PIN.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="130"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="134"/>
        <source>Too many wrong PINs. The keypad is locked for {seconds} s.</source>
        <translation>Too many wrong PINs. The keypad is locked for {seconds} s.</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/supervisor.py" line="139"/>
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
        <location filename="../pages/supervisor_records.py" line="353"/>
        <source>%n log line(s) written to {path}</source>
        <translation>
            <numerusform>%n log line written to {path}</numerusform>
            <numerusform>%n log lines written to {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="357"/>
        <source>Export failed: {detail}</source>
        <translation>Export failed: {detail}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="361"/>
        <source>Today at this checkpoint</source>
        <translation>Today at this checkpoint</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="365"/>
        <source>Admitted: {n}</source>
        <translation>Admitted: {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="366"/>
        <source>Refused by an officer: {n}</source>
        <translation>Refused by an officer: {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="367"/>
        <source>Badges denied: {n}</source>
        <translation>Badges denied: {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="373"/>
        <source>Scans: {n}</source>
        <translation>Scans: {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="373"/>
        <source>Admissions annulled: {n}</source>
        <translation>Admissions annulled: {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="378"/>
        <source>Export the log (CSV) on this kiosk</source>
        <translation>Export the log (CSV) on this kiosk</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="380"/>
        <source>Or onto a removable drive:</source>
        <translation>Or onto a removable drive:</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="380"/>
        <source>No removable drive found.</source>
        <translation>No removable drive found.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="382"/>
        <source>Look again</source>
        <translation>Look again</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="384"/>
        <source>Export onto {drive}</source>
        <translation>Export onto {drive}</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../top_bar.py" line="266"/>
        <source>Officer {number}</source>
        <translation>Officer {number}</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="291"/>
        <source>admitted</source>
        <translation>admitted</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="292"/>
        <source>refused by officers</source>
        <translation>refused by officers</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="293"/>
        <source>badges denied</source>
        <translation>badges denied</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="302"/>
        <source>No image</source>
        <translation>No image</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="315"/>
        <source>{checkpoint} · set by the supervisor</source>
        <translation>{checkpoint} · set by the supervisor</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="325"/>
        <source>{checkpoint} · next session at {when}</source>
        <translation>{checkpoint} · next session at {when}</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="328"/>
        <source>No session open</source>
        <translation>No session open</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../wording.py" line="56"/>
        <source>{time} on {day}</source>
        <translation>{time} on {day}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="77"/>
        <source>Refuse entry and call the supervisor.</source>
        <translation>Refuse entry and call the supervisor.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="84"/>
        <source>Refuse entry.</source>
        <translation>Refuse entry.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="86"/>
        <source>Not a badge of this event</source>
        <translation>Not a badge of this event</translation>
    </message>
    <message>
        <location filename="../wording.py" line="86"/>
        <source>Ask for the accreditation badge.</source>
        <translation>Ask for the accreditation badge.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="88"/>
        <source>Badge of another event</source>
        <translation>Badge of another event</translation>
    </message>
    <message>
        <location filename="../wording.py" line="91"/>
        <source>Signed with a key this kiosk does not trust.</source>
        <translation>Signed with a key this kiosk does not trust.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="93"/>
        <source>The signature does not match: the badge was forged or altered.</source>
        <translation>The signature does not match: the badge was forged or altered.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="94"/>
        <source>Forged or altered badge</source>
        <translation>Forged or altered badge</translation>
    </message>
    <message>
        <location filename="../wording.py" line="97"/>
        <source>The badge is newer than this kiosk&apos;s roster: the roster may be out of date.</source>
        <translation>The badge is newer than this kiosk&apos;s roster: the roster may be out of date.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="98"/>
        <source>Badge not on this kiosk&apos;s roster</source>
        <translation>Badge not on this kiosk&apos;s roster</translation>
    </message>
    <message>
        <location filename="../wording.py" line="99"/>
        <source>Unknown badge: not on the roster</source>
        <translation>Unknown badge: not on the roster</translation>
    </message>
    <message>
        <location filename="../wording.py" line="178"/>
        <source>Reason: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="102"/>
        <source>Badge revoked</source>
        <translation>Badge revoked</translation>
    </message>
    <message>
        <location filename="../wording.py" line="105"/>
        <source>Badge suspended</source>
        <translation>Badge suspended</translation>
    </message>
    <message>
        <location filename="../wording.py" line="109"/>
        <source>A newer badge was printed (version {new}); this one is version {old}.</source>
        <translation>A newer badge was printed (version {new}); this one is version {old}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="113"/>
        <source>Old badge: replaced by a newer one</source>
        <translation>Old badge: replaced by a newer one</translation>
    </message>
    <message>
        <location filename="../wording.py" line="113"/>
        <source>Refuse this badge; ask for the new one.</source>
        <translation>Refuse this badge; ask for the new one.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="116"/>
        <source>Session now: {session}</source>
        <translation>Session now: {session}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="118"/>
        <source>Their session opens at {when}.</source>
        <translation>Their session opens at {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="119"/>
        <source>Wrong session: not accredited for this one</source>
        <translation>Wrong session: not accredited for this one</translation>
    </message>
    <message>
        <location filename="../wording.py" line="123"/>
        <source>Appointment at {when}.</source>
        <translation>Appointment at {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="123"/>
        <source>Doors open at {when}.</source>
        <translation>Doors open at {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="125"/>
        <source>Too early</source>
        <translation>Too early</translation>
    </message>
    <message>
        <location filename="../wording.py" line="125"/>
        <source>Refuse entry for now; ask them to come back.</source>
        <translation>Refuse entry for now; ask them to come back.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="127"/>
        <source>The appointment ended at {when}.</source>
        <translation>The appointment ended at {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="127"/>
        <source>Entry closed at {when}.</source>
        <translation>Entry closed at {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="129"/>
        <source>Entry closed</source>
        <translation>Entry closed</translation>
    </message>
    <message>
        <location filename="../wording.py" line="133"/>
        <source>Admitted at {time} through {checkpoint} ({session}).</source>
        <translation>Admitted at {time} through {checkpoint} ({session}).</translation>
    </message>
    <message>
        <location filename="../wording.py" line="139"/>
        <location filename="../wording.py" line="213"/>
        <source>Already admitted</source>
        <translation>Already admitted</translation>
    </message>
    <message>
        <location filename="../wording.py" line="145"/>
        <source>Badge reported lost or stolen</source>
        <translation>Badge reported lost or stolen</translation>
    </message>
    <message>
        <location filename="../wording.py" line="146"/>
        <source>Identity to be confirmed with the accreditation office</source>
        <translation>Identity to be confirmed with the accreditation office</translation>
    </message>
    <message>
        <location filename="../wording.py" line="147"/>
        <source>Press credential could not be confirmed</source>
        <translation>Press credential could not be confirmed</translation>
    </message>
    <message>
        <location filename="../wording.py" line="148"/>
        <source>Required documents missing</source>
        <translation>Required documents missing</translation>
    </message>
    <message>
        <location filename="../wording.py" line="149"/>
        <source>Registered twice: another badge replaces this one</source>
        <translation>Registered twice: another badge replaces this one</translation>
    </message>
    <message>
        <location filename="../wording.py" line="150"/>
        <source>Accreditation withdrawn by the organiser</source>
        <translation>Accreditation withdrawn by the organiser</translation>
    </message>
    <message>
        <location filename="../wording.py" line="151"/>
        <location filename="../wording.py" line="165"/>
        <source>Security decision</source>
        <translation>Security decision</translation>
    </message>
    <message>
        <location filename="../wording.py" line="152"/>
        <location filename="../wording.py" line="166"/>
        <location filename="../wording.py" line="223"/>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <location filename="../wording.py" line="159"/>
        <source>Lost or stolen</source>
        <translation>Lost or stolen</translation>
    </message>
    <message>
        <location filename="../wording.py" line="160"/>
        <source>Identity to confirm</source>
        <translation>Identity to confirm</translation>
    </message>
    <message>
        <location filename="../wording.py" line="161"/>
        <source>Press credential doubtful</source>
        <translation>Press credential doubtful</translation>
    </message>
    <message>
        <location filename="../wording.py" line="162"/>
        <source>Documents missing</source>
        <translation>Documents missing</translation>
    </message>
    <message>
        <location filename="../wording.py" line="163"/>
        <source>Registered twice</source>
        <translation>Registered twice</translation>
    </message>
    <message>
        <location filename="../wording.py" line="164"/>
        <source>Withdrawn by the organiser</source>
        <translation>Withdrawn by the organiser</translation>
    </message>
    <message>
        <location filename="../wording.py" line="180"/>
        <source>Roster note: “{note}”</source>
        <translation>Roster note: “{note}”</translation>
    </message>
    <message>
        <location filename="../wording.py" line="191"/>
        <source>{reason}: {note}</source>
        <translation>{reason}: {note}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="193"/>
        <source>REFUSED {time} by officer {officer}, {place} — {reason}</source>
        <translation>REFUSED {time} by officer {officer}, {place} — {reason}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="197"/>
        <source>DENIED {time}, {place} — {reason}</source>
        <translation>DENIED {time}, {place} — {reason}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="203"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../wording.py" line="204"/>
        <source>Not a badge</source>
        <translation>Not a badge</translation>
    </message>
    <message>
        <location filename="../wording.py" line="205"/>
        <source>Forged</source>
        <translation>Forged</translation>
    </message>
    <message>
        <location filename="../wording.py" line="206"/>
        <source>Other event</source>
        <translation>Other event</translation>
    </message>
    <message>
        <location filename="../wording.py" line="207"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../wording.py" line="208"/>
        <source>Superseded</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <location filename="../wording.py" line="209"/>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../wording.py" line="210"/>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../wording.py" line="211"/>
        <source>Wrong session</source>
        <translation>Wrong session</translation>
    </message>
    <message>
        <location filename="../wording.py" line="212"/>
        <source>Outside hours</source>
        <translation>Outside hours</translation>
    </message>
    <message>
        <location filename="../wording.py" line="219"/>
        <source>Identity document does not match</source>
        <translation>Identity document does not match</translation>
    </message>
    <message>
        <location filename="../wording.py" line="220"/>
        <source>No press card or mission letter</source>
        <translation>No press card or mission letter</translation>
    </message>
    <message>
        <location filename="../wording.py" line="221"/>
        <source>Refused the security screening</source>
        <translation>Refused the security screening</translation>
    </message>
    <message>
        <location filename="../wording.py" line="222"/>
        <source>Behaviour at the door</source>
        <translation>Behaviour at the door</translation>
    </message>
    <message>
        <location filename="../wording.py" line="224"/>
        <source>Refused by the officer</source>
        <translation>Refused by the officer</translation>
    </message>
    <message>
        <location filename="../wording.py" line="260"/>
        <source>Camera fault</source>
        <translation>Camera fault</translation>
    </message>
    <message>
        <location filename="../wording.py" line="265"/>
        <source>Camera starting</source>
        <translation>Camera starting</translation>
    </message>
    <message>
        <location filename="../wording.py" line="272"/>
        <source>Next: {name} · {badge}
Finish this check first.</source>
        <translation>Next: {name} · {badge}
Finish this check first.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="275"/>
        <source>Another badge is waiting.
Finish this check first.</source>
        <translation>Another badge is waiting.
Finish this check first.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="277"/>
        <source>Several badges at once:
one badge at a time, please.</source>
        <translation>Several badges at once:
one badge at a time, please.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="278"/>
        <source>A badge was shown:
sign in first to check it.</source>
        <translation>A badge was shown:
sign in first to check it.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="279"/>
        <source>This badge is already
on the screen.</source>
        <translation>This badge is already
on the screen.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="280"/>
        <source>Open too long, not recorded:
show the badge again.</source>
        <translation>Open too long, not recorded:
show the badge again.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="308"/>
        <source>OFFLINE</source>
        <translation>OFFLINE</translation>
    </message>
    <message>
        <location filename="../wording.py" line="309"/>
        <source>Not admitted yet: {reason}</source>
        <translation>Not admitted yet: {reason}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="317"/>
        <source>Already admitted at {checkpoint} at {time} by officer {officer}. Refuse entry and call the supervisor.</source>
        <translation>Already admitted at {checkpoint} at {time} by officer {officer}. Refuse entry and call the supervisor.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="352"/>
        <source>No roster yet</source>
        <translation>No roster yet</translation>
    </message>
    <message>
        <location filename="../wording.py" line="354"/>
        <source>Roster of {when} (serial {serial})</source>
        <translation>Roster of {when} (serial {serial})</translation>
    </message>
    <message>
        <location filename="../wording.py" line="357"/>
        <source>Roster imported {when} (unsigned)</source>
        <translation>Roster imported {when} (unsigned)</translation>
    </message>
    <message>
        <location filename="../wording.py" line="368"/>
        <source>no roster yet</source>
        <translation>no roster yet</translation>
    </message>
    <message>
        <location filename="../wording.py" line="373"/>
        <source>roster of {when}</source>
        <translation>roster of {when}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="374"/>
        <source>OFFLINE since {time} · {roster} · {count} to upload</source>
        <translation>OFFLINE since {time} · {roster} · {count} to upload</translation>
    </message>
    <message>
        <location filename="../wording.py" line="388"/>
        <source>CLOCK {span} FAST · sessions judged on the site&apos;s time</source>
        <translation>CLOCK {span} FAST · sessions judged on the site&apos;s time</translation>
    </message>
    <message>
        <location filename="../wording.py" line="389"/>
        <source>CLOCK {span} SLOW · sessions judged on the site&apos;s time</source>
        <translation>CLOCK {span} SLOW · sessions judged on the site&apos;s time</translation>
    </message>
    <message>
        <location filename="../wording.py" line="393"/>
        <source>CLOCK {span} FAST: too far off to correct, have it set</source>
        <translation>CLOCK {span} FAST: too far off to correct, have it set</translation>
    </message>
    <message>
        <location filename="../wording.py" line="394"/>
        <source>CLOCK {span} SLOW: too far off to correct, have it set</source>
        <translation>CLOCK {span} SLOW: too far off to correct, have it set</translation>
    </message>
    <message>
        <location filename="../wording.py" line="401"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../wording.py" line="404"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../wording.py" line="407"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location filename="../wording.py" line="408"/>
        <source>{days} days</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <location filename="../wording.py" line="230"/>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../wording.py" line="231"/>
        <source>National identity card</source>
        <translation>National identity card</translation>
    </message>
    <message>
        <location filename="../wording.py" line="232"/>
        <source>Residence permit</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <location filename="../wording.py" line="238"/>
        <source>Journalist</source>
        <translation>Journalist</translation>
    </message>
    <message>
        <location filename="../wording.py" line="239"/>
        <source>Photographer</source>
        <translation>Photographer</translation>
    </message>
    <message>
        <location filename="../wording.py" line="240"/>
        <source>Camera operator</source>
        <translation>Camera operator</translation>
    </message>
    <message>
        <location filename="../wording.py" line="241"/>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location filename="../wording.py" line="242"/>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location filename="../wording.py" line="243"/>
        <source>Fixer</source>
        <translation>Fixer</translation>
    </message>
    <message>
        <location filename="../wording.py" line="254"/>
        <source>Camera starting…</source>
        <translation>Camera starting…</translation>
    </message>
    <message>
        <location filename="../wording.py" line="251"/>
        <location filename="../wording.py" line="262"/>
        <source>Camera on</source>
        <translation>Camera on</translation>
    </message>
    <message>
        <location filename="../wording.py" line="249"/>
        <source>Camera unavailable — retrying</source>
        <translation>Camera unavailable — retrying</translation>
    </message>
    <message>
        <location filename="../wording.py" line="253"/>
        <location filename="../wording.py" line="264"/>
        <source>Video ended</source>
        <translation>Video ended</translation>
    </message>
    <message>
        <location filename="../wording.py" line="287"/>
        <source>the badge was revoked since the scan</source>
        <translation>the badge was revoked since the scan</translation>
    </message>
    <message>
        <location filename="../wording.py" line="288"/>
        <source>the badge was suspended since the scan</source>
        <translation>the badge was suspended since the scan</translation>
    </message>
    <message>
        <location filename="../wording.py" line="289"/>
        <source>a newer badge was printed since the scan</source>
        <translation>a newer badge was printed since the scan</translation>
    </message>
    <message>
        <location filename="../wording.py" line="290"/>
        <source>not accredited for the session now</source>
        <translation>not accredited for the session now</translation>
    </message>
    <message>
        <location filename="../wording.py" line="291"/>
        <source>outside the session&apos;s hours or appointment now</source>
        <translation>outside the session&apos;s hours or appointment now</translation>
    </message>
    <message>
        <location filename="../wording.py" line="292"/>
        <source>already admitted meanwhile</source>
        <translation>already admitted meanwhile</translation>
    </message>
    <message>
        <location filename="../wording.py" line="293"/>
        <source>the badge is no longer on the roster</source>
        <translation>the badge is no longer on the roster</translation>
    </message>
    <message>
        <location filename="../wording.py" line="294"/>
        <source>the check took too long</source>
        <translation>the check took too long</translation>
    </message>
    <message>
        <location filename="../wording.py" line="295"/>
        <source>the kiosk&apos;s clock went back</source>
        <translation>the kiosk&apos;s clock went back</translation>
    </message>
    <message>
        <location filename="../wording.py" line="296"/>
        <source>the officer is not on this kiosk&apos;s staff list</source>
        <translation>the officer is not on this kiosk&apos;s staff list</translation>
    </message>
    <message>
        <location filename="../wording.py" line="297"/>
        <source>offline, on old data</source>
        <translation>offline, on old data</translation>
    </message>
    <message>
        <location filename="../wording.py" line="301"/>
        <source>the log refused the decision</source>
        <translation>the log refused the decision</translation>
    </message>
    <message>
        <location filename="../wording.py" line="310"/>
        <source>The roster may be out of date. A supervisor&apos;s PIN can admit this holder (it is logged), or go back and refuse entry.</source>
        <translation>The roster may be out of date. A supervisor&apos;s PIN can admit this holder (it is logged), or go back and refuse entry.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="315"/>
        <source>Nothing was recorded. Show the badge again to check it anew.</source>
        <translation>Nothing was recorded. Show the badge again to check it anew.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="324"/>
        <source>Nothing was recorded. Refuse entry and call the supervisor.</source>
        <translation>Nothing was recorded. Refuse entry and call the supervisor.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="327"/>
        <source>Not admitted: {reason}</source>
        <translation>Not admitted: {reason}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="332"/>
        <location filename="../wording.py" line="342"/>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <location filename="../wording.py" line="333"/>
        <source>Scan not recorded</source>
        <translation>Scan not recorded</translation>
    </message>
    <message>
        <location filename="../wording.py" line="334"/>
        <source>The badge could not be checked. Ask for the badge again; if this repeats, call the supervisor.</source>
        <translation>The badge could not be checked. Ask for the badge again; if this repeats, call the supervisor.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="337"/>
        <source>NOT SAVED</source>
        <translation>NOT SAVED</translation>
    </message>
    <message>
        <location filename="../wording.py" line="338"/>
        <source>Decision not recorded</source>
        <translation>Decision not recorded</translation>
    </message>
    <message>
        <location filename="../wording.py" line="339"/>
        <source>Nothing was saved: do not admit yet. Try again; if this repeats, call the supervisor.</source>
        <translation>Nothing was saved: do not admit yet. Try again; if this repeats, call the supervisor.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="326"/>
        <source>NOT ADMITTED</source>
        <translation>NOT ADMITTED</translation>
    </message>
    <message>
        <location filename="../wording.py" line="322"/>
        <source>This badge was admitted meanwhile at another checkpoint. Refuse entry and call the supervisor.</source>
        <translation>This badge was admitted meanwhile at another checkpoint. Refuse entry and call the supervisor.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="343"/>
        <source>Action failed</source>
        <translation>Action failed</translation>
    </message>
    <message>
        <location filename="../wording.py" line="344"/>
        <source>Try again; if this repeats, call the supervisor.</source>
        <translation>Try again; if this repeats, call the supervisor.</translation>
    </message>
</context>
</TS>
