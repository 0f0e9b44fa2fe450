<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>AnnulPanel</name>
    <message>
        <location filename="../pages/supervisor_records.py" line="125"/>
        <source>Admission of {name} annulled; the badge can be used again.</source>
        <translation>Entrée de {name} annulée ; le badge peut de nouveau servir.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="133"/>
        <source>Not annulled: {detail}</source>
        <translation>Non annulé : {detail}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="154"/>
        <source>Give a reason: it goes into the log.</source>
        <translation>Indiquez un motif : il est inscrit au journal.</translation>
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
        <translation>Annuler une entrée erronée</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="180"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="181"/>
        <source>No admission today.</source>
        <translation>Aucune entrée aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="185"/>
        <source>Reason…</source>
        <translation>Motif…</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="186"/>
        <source>Annul</source>
        <translation>Annuler l’entrée</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="187"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>BadgePanel</name>
    <message>
        <location filename="../pages/badge_status.py" line="199"/>
        <source>Type the badge number first.</source>
        <translation>Saisissez d&apos;abord le numéro de badge.</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="201"/>
        <source>Looking up {number}…</source>
        <translation>Recherche de {number}…</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="262"/>
        <source>Choose a reason: it goes into the roster and the log.</source>
        <translation>Choisissez un motif : il est inscrit dans la liste et au journal.</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="288"/>
        <source>Badge {number} ({name}) is active again.</source>
        <translation>Le badge {number} ({name}) est de nouveau actif.</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="289"/>
        <source>Badge {number} ({name}) is suspended.</source>
        <translation>Le badge {number} ({name}) est suspendu.</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="290"/>
        <source>Badge {number} ({name}) is revoked.</source>
        <translation>Le badge {number} ({name}) est révoqué.</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="298"/>
        <source>Not changed: {detail}</source>
        <translation>Non modifié : {detail}</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="303"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="304"/>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="305"/>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="307"/>
        <source>Now: {status}</source>
        <translation>Statut actuel : {status}</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="319"/>
        <source>Badge status</source>
        <translation>Statut d’un badge</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="320"/>
        <source>Badge number</source>
        <translation>Numéro de badge</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="321"/>
        <source>Find the holder</source>
        <translation>Trouver le titulaire</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="326"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="327"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="328"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="331"/>
        <source>Your words (optional)</source>
        <translation>Vos mots (facultatif)</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="332"/>
        <source>Your words, kept as an extra line (optional)</source>
        <translation>Vos mots, gardés en ligne supplémentaire (facultatif)</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="333"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="339"/>
        <source>Badge {number}</source>
        <translation>Badge {number}</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="343"/>
        <source>{action} {name}: why?</source>
        <translation>{action} {name} : pour quel motif ?</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="344"/>
        <source>{action} {name}?</source>
        <translation>{action} {name} ?</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="348"/>
        <source>Reason: {reason}</source>
        <translation>Motif : {reason}</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="353"/>
        <source>Confirm: {action}</source>
        <translation>Confirmer : {action}</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="312"/>
        <location filename="../pages/badge_status.py" line="322"/>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="313"/>
        <location filename="../pages/badge_status.py" line="323"/>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="314"/>
        <location filename="../pages/badge_status.py" line="324"/>
        <source>Reinstate</source>
        <translation>Rétablir</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../pages/supervisor_panels.py" line="204"/>
        <source>Picture {size}</source>
        <translation>Image {size}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="206"/>
        <source>No frame yet</source>
        <translation>Aucune image reçue pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="209"/>
        <source>Last frame {seconds} s ago</source>
        <translation>Dernière image il y a {seconds} s</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="211"/>
        <source>The camera sends no pictures: check its cable.</source>
        <translation>La caméra n&apos;envoie plus d&apos;images : vérifiez son câble.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="217"/>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="218"/>
        <source>No other camera found.</source>
        <translation>Aucune autre caméra trouvée.</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location filename="../camera_view.py" line="125"/>
        <source>Present your badge</source>
        <translation>Présentez votre badge</translation>
    </message>
    <message>
        <location filename="../camera_view.py" line="150"/>
        <source>No image from the camera</source>
        <translation>Aucune image de la caméra</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../pages/check.py" line="335"/>
        <location filename="../pages/check.py" line="348"/>
        <source>Recording…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="337"/>
        <source>Refusal waiting: it can still be undone</source>
        <translation>Refus en attente : il peut encore être annulé</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="339"/>
        <source>One more check to go</source>
        <translation>Encore une vérification</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="341"/>
        <source>Check the documents</source>
        <translation>Vérifiez les documents</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="343"/>
        <source>Manual check</source>
        <translation>Contrôle manuel</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="344"/>
        <source>VALID</source>
        <translation>VALIDE</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/check.py" line="348"/>
        <source>Recorded in %n s unless undone</source>
        <translation>
            <numerusform>Enregistré dans %n s sauf annulation</numerusform>
            <numerusform>Enregistré dans %n s sauf annulation</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="357"/>
        <source>1 · Identity document</source>
        <translation>1 · Pièce d&apos;identité</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="358"/>
        <source>2 · Press credential</source>
        <translation>2 · Titre de presse</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="359"/>
        <source>Matches</source>
        <translation>Correspond</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="362"/>
        <source>Back to the check</source>
        <translation>Retour au contrôle</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="333"/>
        <source>Refuse entry: why?</source>
        <translation>Refuser l&apos;entrée : pour quel motif ?</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="377"/>
        <source>Refusing entry to {name}: {reason}</source>
        <translation>Refus d&apos;entrée pour {name} : {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/check.py" line="398"/>
        <source>(and %n more earlier today)</source>
        <translation>
            <numerusform>(et %n autre plus tôt aujourd&apos;hui)</numerusform>
            <numerusform>(et %n autres plus tôt aujourd&apos;hui)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="401"/>
        <source>Offline: another lane may have admitted this badge already</source>
        <translation>Hors ligne : une autre file a peut-être déjà admis ce badge</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="418"/>
        <source>Press card {number} · {issuer}</source>
        <translation>Carte de presse {number} · {issuer}</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="361"/>
        <source>Refuse entry…</source>
        <translation>Refuser l&apos;entrée…</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="365"/>
        <source>Other reason (type it)</source>
        <translation>Autre motif (à saisir)</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="367"/>
        <source>Undo</source>
        <translation>Annuler le refus</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="368"/>
        <source>Refuse now</source>
        <translation>Refuser maintenant</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="331"/>
        <source>Refuse entry: in your own words, why?</source>
        <translation>Refus d&apos;entrée : pourquoi, avec vos mots ?</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="369"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="370"/>
        <source>Refuse with this reason</source>
        <translation>Refuser pour ce motif</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="360"/>
        <source>Shown</source>
        <translation>Présenté</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="392"/>
        <source>Attention: {note}</source>
        <translation>Attention : {note}</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="411"/>
        <source>{document} ending {digits}, same name</source>
        <translation>{document} finissant par {digits}, même nom</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="417"/>
        <source>Mission letter from {outlet}</source>
        <translation>Ordre de mission de {outlet}</translation>
    </message>
</context>
<context>
    <name>DenialsPanel</name>
    <message>
        <location filename="../pages/supervisor_records.py" line="253"/>
        <source>No badge number</source>
        <translation>Sans numéro de badge</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="257"/>
        <source>Denials and refusals today</source>
        <translation>Rejets et refus du jour</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="258"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="259"/>
        <source>No denial or refusal today.</source>
        <translation>Aucun rejet ni refus aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>DeniedPage</name>
    <message>
        <location filename="../pages/denied.py" line="111"/>
        <source>Kept on screen: tap Next badge when done.</source>
        <translation>Gardé à l&apos;écran : touchez « Badge suivant » une fois terminé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/denied.py" line="114"/>
        <source>Back to scanning in %n s</source>
        <translation>
            <numerusform>Retour à la lecture dans %n s</numerusform>
            <numerusform>Retour à la lecture dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="118"/>
        <source>Next badge</source>
        <translation>Badge suivant</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="119"/>
        <source>Keep on screen</source>
        <translation>Garder à l&apos;écran</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="122"/>
        <location filename="../pages/denied.py" line="128"/>
        <source>DENIED</source>
        <translation>REJETÉ</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="132"/>
        <source>Manual check (found by search).</source>
        <translation>Contrôle manuel (trouvé par recherche).</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="141"/>
        <source>Badge {number}</source>
        <translation>Badge {number}</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="148"/>
        <source>Badge number it claims: {number}</source>
        <translation>Numéro de badge annoncé : {number}</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/denied.py" line="153"/>
        <source>(and %n more earlier today)</source>
        <translation>
            <numerusform>(et %n autre plus tôt aujourd&apos;hui)</numerusform>
            <numerusform>(et %n autres plus tôt aujourd&apos;hui)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FailurePage</name>
    <message>
        <location filename="../pages/failure.py" line="69"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../pages/failure.py" line="70"/>
        <source>Back to the check</source>
        <translation>Retour au contrôle</translation>
    </message>
    <message>
        <location filename="../pages/failure.py" line="71"/>
        <source>Next badge</source>
        <translation>Badge suivant</translation>
    </message>
    <message>
        <location filename="../pages/failure.py" line="72"/>
        <source>Supervisor approves…</source>
        <translation>Le superviseur approuve…</translation>
    </message>
    <message>
        <location filename="../pages/failure.py" line="79"/>
        <source>Technical detail: {detail}</source>
        <translation>Détail technique : {detail}</translation>
    </message>
</context>
<context>
    <name>GatePanel</name>
    <message>
        <location filename="../pages/supervisor_panels.py" line="107"/>
        <source>Checkpoint</source>
        <translation>Poste de contrôle</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="108"/>
        <source>Session admitted</source>
        <translation>Séance admise</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="114"/>
        <source>By the programme (automatic)</source>
        <translation>Selon le programme (automatique)</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="117"/>
        <source>Automatic: each badge is judged for the session open at that moment.</source>
        <translation>Automatique : chaque badge est jugé pour la séance ouverte à ce moment-là.</translation>
    </message>
</context>
<context>
    <name>LeavePanel</name>
    <message>
        <location filename="../pages/supervisor_records.py" line="432"/>
        <source>Leave the kiosk</source>
        <translation>Quitter le poste</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="433"/>
        <source>Leave full screen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="433"/>
        <source>Back to full screen</source>
        <translation>Revenir au plein écran</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="434"/>
        <source>Tap again to quit</source>
        <translation>Touchez encore pour quitter</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="434"/>
        <source>Quit the kiosk</source>
        <translation>Fermer l&apos;application</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="436"/>
        <source>While the kiosk is closed, nobody is checked at this door.</source>
        <translation>Tant que l&apos;application est fermée, personne n&apos;est contrôlé à cette porte.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../keyboard.py" line="147"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../keyboard.py" line="148"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message numerus="yes">
        <location filename="../pages/outcome.py" line="108"/>
        <source>Back to scanning in %n s</source>
        <translation>
            <numerusform>Retour à la lecture dans %n s</numerusform>
            <numerusform>Retour à la lecture dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="112"/>
        <source>Next badge</source>
        <translation>Badge suivant</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="114"/>
        <source>ADMITTED</source>
        <translation>ADMIS</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="114"/>
        <source>REFUSED</source>
        <translation>REFUSÉ</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="122"/>
        <source>Let them in</source>
        <translation>Laissez entrer</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="131"/>
        <source>Badge {number}</source>
        <translation>Badge {number}</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="134"/>
        <source>Reason given: {note}</source>
        <translation>Motif donné : {note}</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="136"/>
        <source>Session: {session}</source>
        <translation>Séance : {session}</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="139"/>
        <source>Manual check (found by search)</source>
        <translation>Contrôle manuel (trouvé par recherche)</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="141"/>
        <source>Admitted offline: the site gets it when the network is back</source>
        <translation>Admis hors ligne : le site le recevra au retour du réseau</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="144"/>
        <source>Recorded at {time} by officer {officer}</source>
        <translation>Enregistré à {time} par l&apos;agent {officer}</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="149"/>
        <source>Attention: {note}</source>
        <translation>Attention : {note}</translation>
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
        <translation>Rechercher un nom</translation>
    </message>
    <message>
        <location filename="../pages/scanning.py" line="61"/>
        <source>Sign out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <location filename="../pages/scanning.py" line="62"/>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../pages/search.py" line="191"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="192"/>
        <source>Hide keyboard</source>
        <translation>Masquer le clavier</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="192"/>
        <source>Keyboard</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="193"/>
        <source>Name, outlet or badge number</source>
        <translation>Nom, média ou numéro de badge</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="196"/>
        <source>Type a name (Latin or Arabic letters), an outlet or a badge number.</source>
        <translation>Tapez un nom (lettres latines ou arabes), un média ou un numéro de badge.</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="198"/>
        <source>The search failed. Try again; if this repeats, call the supervisor.</source>
        <translation>La recherche a échoué. Réessayez ; si cela se répète, appelez le superviseur.</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="200"/>
        <source>Nobody found for “{query}”.</source>
        <translation>Personne trouvée pour « {query} ».</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/search.py" line="202"/>
        <source>More than %n people match: type more to narrow it down.</source>
        <translation>
            <numerusform>Plus de %n personne correspond : tapez davantage pour affiner.</numerusform>
            <numerusform>Plus de %n personnes correspondent : tapez davantage pour affiner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/search.py" line="204"/>
        <source>%n people match: type more to narrow it down, or scroll.</source>
        <translation>
            <numerusform>%n personne correspond : tapez davantage pour affiner, ou faites défiler.</numerusform>
            <numerusform>%n personnes correspondent : tapez davantage pour affiner, ou faites défiler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/search.py" line="206"/>
        <source>%n people match: tap the person in front of you.</source>
        <translation>
            <numerusform>%n personne correspond : touchez la personne qui est devant vous.</numerusform>
            <numerusform>%n personnes correspondent : touchez la personne qui est devant vous.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="208"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../pages/sign_in.py" line="226"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="227"/>
        <source>The kiosk locked itself after a few idle minutes. Sign in again to go on.</source>
        <translation>Le poste s&apos;est verrouillé après quelques minutes d&apos;inactivité. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="229"/>
        <source>Officer sign-in</source>
        <translation>Connexion agent</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="232"/>
        <source>Officer number</source>
        <translation>Numéro d&apos;agent</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="233"/>
        <source>PIN</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="234"/>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="237"/>
        <source>Demo only: officer {number}, PIN {pin}. Supervisor PIN {supervisor}.</source>
        <translation>Démo uniquement : agent {number}, code {pin}. Code superviseur {supervisor}.</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="242"/>
        <source>Too many wrong PINs. The keypad is locked for {seconds} s.</source>
        <translation>Trop de codes erronés. Le clavier est verrouillé pendant {seconds} s.</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/sign_in.py" line="246"/>
        <source>Wrong number or PIN. %n attempt(s) left before the keypad locks.</source>
        <translation>
            <numerusform>Numéro ou code erroné. Encore %n essai avant le verrouillage du clavier.</numerusform>
            <numerusform>Numéro ou code erroné. Encore %n essais avant le verrouillage du clavier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SitePanel</name>
    <message>
        <location filename="../pages/supervisor_site.py" line="166"/>
        <source>Annulled here, with your reason. The other admission stands; the conflict is resolved.</source>
        <translation>Annulée ici, avec votre motif. L&apos;autre entrée est maintenue ; le conflit est réglé.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="169"/>
        <source>Annulled here, with your reason. The site is out of reach: it learns of it when the link is back.</source>
        <translation>Annulée ici, avec votre motif. Le site est injoignable : il l&apos;apprendra au retour de la liaison.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="179"/>
        <source>Not annulled: {detail}</source>
        <translation>Non annulé : {detail}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="236"/>
        <source>Give a reason: it goes into the log.</source>
        <translation>Indiquez un motif : il est inscrit au journal.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="290"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="291"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="292"/>
        <source>Annul</source>
        <translation>Annuler l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="293"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="294"/>
        <source>Reason…</source>
        <translation>Motif…</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="299"/>
        <source>Kiosks</source>
        <translation>Bornes</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="299"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="299"/>
        <source>Conflicts: {count}</source>
        <translation>Conflits : {count}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="307"/>
        <source>The site could not be read (the kiosk&apos;s log says why). Refresh tries again.</source>
        <translation>Le site n&apos;a pas pu être lu (le journal de la borne dit pourquoi). Actualiser réessaie.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="317"/>
        <source>No session (not a badge, or a forged one)</source>
        <translation>Sans séance (pas un badge, ou un faux)</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="320"/>
        <source>{kiosk} · {session}</source>
        <translation>{kiosk} · {session}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="321"/>
        <source>{admitted} admitted · {refused} refused by officers · {denied} badges denied</source>
        <translation>{admitted} admis · {refused} refus d&apos;agent · {denied} badges rejetés</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="331"/>
        <source>{kiosk}: admissions today, in the order the site took them</source>
        <translation>{kiosk} : entrées du jour, dans l&apos;ordre où le site les a reçues</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="333"/>
        <source>No admission today.</source>
        <translation>Aucune entrée aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="340"/>
        <source>Annul the admission of {badge} made here at {time}?</source>
        <translation>Annuler l&apos;entrée de {badge} faite ici à {time} ?</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="354"/>
        <source>Nothing to show: the site has not answered yet.</source>
        <translation>Rien à montrer : le site n&apos;a pas encore répondu.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="355"/>
        <source>Reading the site…</source>
        <translation>Lecture du site…</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="357"/>
        <source>Kiosks: {kiosks} · offline: {offline} · clock off: {clock} · conflicts: {conflicts}</source>
        <translation>Bornes : {kiosks} · hors ligne : {offline} · horloge décalée : {clock} · conflits : {conflicts}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="362"/>
        <source>as it was at {time}</source>
        <translation>tel qu&apos;il était à {time}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="364"/>
        <source>at {time}, the site&apos;s clock</source>
        <translation>à {time}, heure du site</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="373"/>
        <source>No kiosk has reached the site yet.</source>
        <translation>Aucune borne n&apos;a encore joint le site.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="375"/>
        <source>Nothing logged today yet.</source>
        <translation>Rien d&apos;inscrit au journal aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="377"/>
        <source>No conflict: every badge was admitted once.</source>
        <translation>Aucun conflit : chaque badge n&apos;est entré qu&apos;une fois.</translation>
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
        <translation>{kiosk} (cette borne)</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="398"/>
        <source>Online · seen {ago} ago</source>
        <translation>En ligne · vu il y a {ago}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="400"/>
        <source>OFFLINE · last seen at {time} ({ago} ago)</source>
        <translation>HORS LIGNE · vu pour la dernière fois à {time} (il y a {ago})</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="404"/>
        <source>Office · last seen {ago} ago</source>
        <translation>Bureau · vu il y a {ago}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="405"/>
        <source>{seen} · {count} to upload · admitted today: {admitted}</source>
        <translation>{seen} · {count} à envoyer · entrées du jour : {admitted}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="409"/>
        <source>No roster</source>
        <translation>Aucune liste</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="411"/>
        <source>Roster serial {serial}</source>
        <translation>Liste n° {serial}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="413"/>
        <source>Roster serial {serial}, {age} old</source>
        <translation>Liste n° {serial}, vieille de {age}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="418"/>
        <source>{roster} (serial {latest} is out)</source>
        <translation>{roster} (la n° {latest} est parue)</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="425"/>
        <source>ALARM: the site holds {count} fork or rollback alarm(s) on its log</source>
        <translation>ALARME : le site a levé {count} alarme(s) de bifurcation ou de retour arrière sur son journal</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="433"/>
        <source>Clock not measured</source>
        <translation>Horloge non mesurée</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="438"/>
        <source>CLOCK {seconds} s SLOW (more than {limit} s off the site&apos;s)</source>
        <translation>HORLOGE EN RETARD DE {seconds} s (plus de {limit} s d&apos;écart avec le site)</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="441"/>
        <source>CLOCK {seconds} s FAST (more than {limit} s off the site&apos;s)</source>
        <translation>HORLOGE EN AVANCE DE {seconds} s (plus de {limit} s d&apos;écart avec le site)</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="444"/>
        <source>Clock within {seconds} s of the site&apos;s</source>
        <translation>Horloge à {seconds} s de celle du site</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="449"/>
        <source>Badge {badge} admitted twice · {session} · {day}</source>
        <translation>Badge {badge} entré deux fois · {session} · {day}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="453"/>
        <source>Offline: {where}</source>
        <translation>Hors ligne : {where}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="455"/>
        <source>Standing: {where}</source>
        <translation>Maintenue : {where}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="456"/>
        <source>The standing admission was annulled since.</source>
        <translation>L&apos;entrée maintenue a été annulée depuis.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="459"/>
        <source>Annul…</source>
        <translation>Annuler…</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="465"/>
        <source>The decision at {kiosk} has not reached the site yet.</source>
        <translation>La décision prise à {kiosk} n&apos;est pas encore parvenue au site.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="469"/>
        <source>To annul the one at {kiosk}: its supervisor mode, The site (or kiosk log annul {id} there).</source>
        <translation>Pour annuler celle de {kiosk} : son mode superviseur, Le site (ou kiosk log annul {id} sur cette borne).</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="472"/>
        <source>Neither was admitted here: annul the mistaken one at its own kiosk.</source>
        <translation>Aucune n&apos;a été faite ici : annulez l&apos;entrée erronée sur sa propre borne.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="482"/>
        <source>{kiosk} at {time}, officer {officer}</source>
        <translation>{kiosk} à {time}, agent {officer}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="485"/>
        <source>{kiosk} at {time}</source>
        <translation>{kiosk} à {time}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="489"/>
        <source>{time} on the site&apos;s clock · badge {badge}</source>
        <translation>{time} à l&apos;heure du site · badge {badge}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="494"/>
        <source>its own clock said {time}</source>
        <translation>son horloge indiquait {time}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="497"/>
        <source>admitted offline</source>
        <translation>entrée hors ligne</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="499"/>
        <source>CONFLICT</source>
        <translation>CONFLIT</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="501"/>
        <source>annulled</source>
        <translation>annulée</translation>
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
        <translation>{n} jours</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <location filename="../pages/supervisor.py" line="259"/>
        <source>Supervisor mode · {name}</source>
        <translation>Mode superviseur · {name}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="259"/>
        <source>Supervisor mode</source>
        <translation>Mode superviseur</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="261"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="263"/>
        <source>Checkpoint and session</source>
        <translation>Poste et séance</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="264"/>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="265"/>
        <source>Badge status</source>
        <translation>Statut d’un badge</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="266"/>
        <source>Annul an admission</source>
        <translation>Annuler une entrée</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="267"/>
        <source>Denials today</source>
        <translation>Rejets et refus</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="268"/>
        <source>Today and export</source>
        <translation>Aujourd&apos;hui et export</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="272"/>
        <source>Leave or quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="273"/>
        <source>The site</source>
        <translation>Le site</translation>
    </message>
</context>
<context>
    <name>SupervisorPinPage</name>
    <message>
        <location filename="../pages/supervisor.py" line="123"/>
        <source>Supervisor: admit offline?</source>
        <translation>Superviseur : admettre hors ligne ?</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="125"/>
        <source>The kiosk is offline on data past its age limit. Your PIN admits this holder; it is logged.</source>
        <translation>Le kiosque est hors ligne et ses données ont dépassé leur âge limite. Votre code admet cette personne ; c&apos;est consigné.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="128"/>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="129"/>
        <source>Type the supervisor PIN.</source>
        <translation>Tapez le code superviseur.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="130"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="134"/>
        <source>Too many wrong PINs. The keypad is locked for {seconds} s.</source>
        <translation>Trop de codes erronés. Le clavier est verrouillé pendant {seconds} s.</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/supervisor.py" line="139"/>
        <source>Wrong PIN. %n attempt(s) left before the keypad locks.</source>
        <translation>
            <numerusform>Code erroné. Encore %n essai avant le verrouillage du clavier.</numerusform>
            <numerusform>Code erroné. Encore %n essais avant le verrouillage du clavier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message numerus="yes">
        <location filename="../pages/supervisor_records.py" line="353"/>
        <source>%n log line(s) written to {path}</source>
        <translation>
            <numerusform>%n ligne de journal écrite dans {path}</numerusform>
            <numerusform>%n lignes de journal écrites dans {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="357"/>
        <source>Export failed: {detail}</source>
        <translation>L&apos;export a échoué : {detail}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="361"/>
        <source>Today at this checkpoint</source>
        <translation>Aujourd&apos;hui à ce poste</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="365"/>
        <source>Admitted: {n}</source>
        <translation>Admis : {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="366"/>
        <source>Refused by an officer: {n}</source>
        <translation>Refusés par un agent : {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="367"/>
        <source>Badges denied: {n}</source>
        <translation>Badges rejetés : {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="373"/>
        <source>Scans: {n}</source>
        <translation>Lectures : {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="373"/>
        <source>Admissions annulled: {n}</source>
        <translation>Entrées annulées : {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="378"/>
        <source>Export the log (CSV) on this kiosk</source>
        <translation>Exporter le journal (CSV) sur ce poste</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="380"/>
        <source>Or onto a removable drive:</source>
        <translation>Ou sur un support amovible :</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="380"/>
        <source>No removable drive found.</source>
        <translation>Aucun support amovible trouvé.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="382"/>
        <source>Look again</source>
        <translation>Chercher à nouveau</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="384"/>
        <source>Export onto {drive}</source>
        <translation>Exporter sur {drive}</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../top_bar.py" line="266"/>
        <source>Officer {number}</source>
        <translation>Agent {number}</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="291"/>
        <source>admitted</source>
        <translation>admis</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="292"/>
        <source>refused by officers</source>
        <translation>refus d&apos;agent</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="293"/>
        <source>badges denied</source>
        <translation>badges rejetés</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="302"/>
        <source>No image</source>
        <translation>Pas d&apos;image</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="315"/>
        <source>{checkpoint} · set by the supervisor</source>
        <translation>{checkpoint} · fixée par le superviseur</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="325"/>
        <source>{checkpoint} · next session at {when}</source>
        <translation>{checkpoint} · prochaine séance à {when}</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="328"/>
        <source>No session open</source>
        <translation>Aucune séance ouverte</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../wording.py" line="56"/>
        <source>{time} on {day}</source>
        <translation>{time} le {day}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="77"/>
        <source>Refuse entry and call the supervisor.</source>
        <translation>Refusez l&apos;entrée et appelez le superviseur.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="84"/>
        <source>Refuse entry.</source>
        <translation>Refusez l&apos;entrée.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="86"/>
        <source>Not a badge of this event</source>
        <translation>Pas un badge de cet événement</translation>
    </message>
    <message>
        <location filename="../wording.py" line="86"/>
        <source>Ask for the accreditation badge.</source>
        <translation>Demandez le badge d&apos;accréditation.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="88"/>
        <source>Badge of another event</source>
        <translation>Badge d&apos;un autre événement</translation>
    </message>
    <message>
        <location filename="../wording.py" line="91"/>
        <source>Signed with a key this kiosk does not trust.</source>
        <translation>Signé avec une clé que ce poste ne reconnaît pas.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="93"/>
        <source>The signature does not match: the badge was forged or altered.</source>
        <translation>La signature ne correspond pas : badge falsifié ou modifié.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="94"/>
        <source>Forged or altered badge</source>
        <translation>Badge falsifié ou modifié</translation>
    </message>
    <message>
        <location filename="../wording.py" line="97"/>
        <source>The badge is newer than this kiosk&apos;s roster: the roster may be out of date.</source>
        <translation>Le badge est plus récent que la liste de ce poste : la liste n&apos;est peut-être pas à jour.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="98"/>
        <source>Badge not on this kiosk&apos;s roster</source>
        <translation>Badge absent de la liste de ce poste</translation>
    </message>
    <message>
        <location filename="../wording.py" line="99"/>
        <source>Unknown badge: not on the roster</source>
        <translation>Badge inconnu : absent de la liste</translation>
    </message>
    <message>
        <location filename="../wording.py" line="178"/>
        <source>Reason: {reason}</source>
        <translation>Motif : {reason}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="102"/>
        <source>Badge revoked</source>
        <translation>Badge révoqué</translation>
    </message>
    <message>
        <location filename="../wording.py" line="105"/>
        <source>Badge suspended</source>
        <translation>Badge suspendu</translation>
    </message>
    <message>
        <location filename="../wording.py" line="109"/>
        <source>A newer badge was printed (version {new}); this one is version {old}.</source>
        <translation>Un badge plus récent a été imprimé (version {new}) ; celui-ci est la version {old}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="113"/>
        <source>Old badge: replaced by a newer one</source>
        <translation>Ancien badge : remplacé par un plus récent</translation>
    </message>
    <message>
        <location filename="../wording.py" line="113"/>
        <source>Refuse this badge; ask for the new one.</source>
        <translation>Refusez ce badge ; demandez le nouveau.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="116"/>
        <source>Session now: {session}</source>
        <translation>Séance en cours : {session}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="118"/>
        <source>Their session opens at {when}.</source>
        <translation>Sa séance ouvre à {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="119"/>
        <source>Wrong session: not accredited for this one</source>
        <translation>Mauvaise séance : pas accrédité pour celle-ci</translation>
    </message>
    <message>
        <location filename="../wording.py" line="123"/>
        <source>Appointment at {when}.</source>
        <translation>Rendez-vous à {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="123"/>
        <source>Doors open at {when}.</source>
        <translation>Ouverture des portes à {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="125"/>
        <source>Too early</source>
        <translation>Trop tôt</translation>
    </message>
    <message>
        <location filename="../wording.py" line="125"/>
        <source>Refuse entry for now; ask them to come back.</source>
        <translation>Refusez l&apos;entrée pour l&apos;instant ; demandez de revenir plus tard.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="127"/>
        <source>The appointment ended at {when}.</source>
        <translation>Le rendez-vous a pris fin à {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="127"/>
        <source>Entry closed at {when}.</source>
        <translation>Entrée fermée à {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="129"/>
        <source>Entry closed</source>
        <translation>Entrée fermée</translation>
    </message>
    <message>
        <location filename="../wording.py" line="133"/>
        <source>Admitted at {time} through {checkpoint} ({session}).</source>
        <translation>Entré à {time} par {checkpoint} ({session}).</translation>
    </message>
    <message>
        <location filename="../wording.py" line="139"/>
        <location filename="../wording.py" line="213"/>
        <source>Already admitted</source>
        <translation>Déjà entré</translation>
    </message>
    <message>
        <location filename="../wording.py" line="145"/>
        <source>Badge reported lost or stolen</source>
        <translation>Badge déclaré perdu ou volé</translation>
    </message>
    <message>
        <location filename="../wording.py" line="146"/>
        <source>Identity to be confirmed with the accreditation office</source>
        <translation>Identité à confirmer auprès du bureau d&apos;accréditation</translation>
    </message>
    <message>
        <location filename="../wording.py" line="147"/>
        <source>Press credential could not be confirmed</source>
        <translation>Titre de presse non confirmé</translation>
    </message>
    <message>
        <location filename="../wording.py" line="148"/>
        <source>Required documents missing</source>
        <translation>Documents requis manquants</translation>
    </message>
    <message>
        <location filename="../wording.py" line="149"/>
        <source>Registered twice: another badge replaces this one</source>
        <translation>Inscrit deux fois : un autre badge remplace celui-ci</translation>
    </message>
    <message>
        <location filename="../wording.py" line="150"/>
        <source>Accreditation withdrawn by the organiser</source>
        <translation>Accréditation retirée par l&apos;organisateur</translation>
    </message>
    <message>
        <location filename="../wording.py" line="151"/>
        <location filename="../wording.py" line="165"/>
        <source>Security decision</source>
        <translation>Décision de sécurité</translation>
    </message>
    <message>
        <location filename="../wording.py" line="152"/>
        <location filename="../wording.py" line="166"/>
        <location filename="../wording.py" line="223"/>
        <source>Other reason</source>
        <translation>Autre motif</translation>
    </message>
    <message>
        <location filename="../wording.py" line="159"/>
        <source>Lost or stolen</source>
        <translation>Perdu ou volé</translation>
    </message>
    <message>
        <location filename="../wording.py" line="160"/>
        <source>Identity to confirm</source>
        <translation>Identité à confirmer</translation>
    </message>
    <message>
        <location filename="../wording.py" line="161"/>
        <source>Press credential doubtful</source>
        <translation>Titre de presse douteux</translation>
    </message>
    <message>
        <location filename="../wording.py" line="162"/>
        <source>Documents missing</source>
        <translation>Documents manquants</translation>
    </message>
    <message>
        <location filename="../wording.py" line="163"/>
        <source>Registered twice</source>
        <translation>Inscrit deux fois</translation>
    </message>
    <message>
        <location filename="../wording.py" line="164"/>
        <source>Withdrawn by the organiser</source>
        <translation>Retiré par l&apos;organisateur</translation>
    </message>
    <message>
        <location filename="../wording.py" line="180"/>
        <source>Roster note: “{note}”</source>
        <translation>Note de la liste : « {note} »</translation>
    </message>
    <message>
        <location filename="../wording.py" line="191"/>
        <source>{reason}: {note}</source>
        <translation>{reason} : {note}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="193"/>
        <source>REFUSED {time} by officer {officer}, {place} — {reason}</source>
        <translation>REFUSÉ à {time} par l&apos;agent {officer}, {place} — {reason}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="197"/>
        <source>DENIED {time}, {place} — {reason}</source>
        <translation>REJETÉ à {time}, {place} — {reason}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="203"/>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <location filename="../wording.py" line="204"/>
        <source>Not a badge</source>
        <translation>Pas un badge</translation>
    </message>
    <message>
        <location filename="../wording.py" line="205"/>
        <source>Forged</source>
        <translation>Falsifié</translation>
    </message>
    <message>
        <location filename="../wording.py" line="206"/>
        <source>Other event</source>
        <translation>Autre événement</translation>
    </message>
    <message>
        <location filename="../wording.py" line="207"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../wording.py" line="208"/>
        <source>Superseded</source>
        <translation>Remplacé</translation>
    </message>
    <message>
        <location filename="../wording.py" line="209"/>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location filename="../wording.py" line="210"/>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <location filename="../wording.py" line="211"/>
        <source>Wrong session</source>
        <translation>Mauvaise séance</translation>
    </message>
    <message>
        <location filename="../wording.py" line="212"/>
        <source>Outside hours</source>
        <translation>Hors horaires</translation>
    </message>
    <message>
        <location filename="../wording.py" line="219"/>
        <source>Identity document does not match</source>
        <translation>La pièce d&apos;identité ne correspond pas</translation>
    </message>
    <message>
        <location filename="../wording.py" line="220"/>
        <source>No press card or mission letter</source>
        <translation>Ni carte de presse ni ordre de mission</translation>
    </message>
    <message>
        <location filename="../wording.py" line="221"/>
        <source>Refused the security screening</source>
        <translation>A refusé le contrôle de sécurité</translation>
    </message>
    <message>
        <location filename="../wording.py" line="222"/>
        <source>Behaviour at the door</source>
        <translation>Comportement à l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../wording.py" line="224"/>
        <source>Refused by the officer</source>
        <translation>Refusé par l&apos;agent</translation>
    </message>
    <message>
        <location filename="../wording.py" line="260"/>
        <source>Camera fault</source>
        <translation>Caméra en panne</translation>
    </message>
    <message>
        <location filename="../wording.py" line="265"/>
        <source>Camera starting</source>
        <translation>Caméra en démarrage</translation>
    </message>
    <message>
        <location filename="../wording.py" line="272"/>
        <source>Next: {name} · {badge}
Finish this check first.</source>
        <translation>Suivant : {name} · {badge}
Terminez d&apos;abord ce contrôle.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="275"/>
        <source>Another badge is waiting.
Finish this check first.</source>
        <translation>Un autre badge attend.
Terminez d&apos;abord ce contrôle.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="277"/>
        <source>Several badges at once:
one badge at a time, please.</source>
        <translation>Plusieurs badges à la fois :
un seul badge à la fois, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="278"/>
        <source>A badge was shown:
sign in first to check it.</source>
        <translation>Un badge a été présenté :
connectez-vous d&apos;abord pour le contrôler.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="279"/>
        <source>This badge is already
on the screen.</source>
        <translation>Ce badge est déjà
à l&apos;écran.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="280"/>
        <source>Open too long, not recorded:
show the badge again.</source>
        <translation>Trop long, rien d&apos;enregistré :
présentez de nouveau le badge.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="308"/>
        <source>OFFLINE</source>
        <translation>HORS LIGNE</translation>
    </message>
    <message>
        <location filename="../wording.py" line="309"/>
        <source>Not admitted yet: {reason}</source>
        <translation>Pas encore admis : {reason}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="317"/>
        <source>Already admitted at {checkpoint} at {time} by officer {officer}. Refuse entry and call the supervisor.</source>
        <translation>Déjà admis à {checkpoint} à {time} par l&apos;agent {officer}. Refusez l&apos;entrée et appelez le superviseur.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="352"/>
        <source>No roster yet</source>
        <translation>Pas encore de liste</translation>
    </message>
    <message>
        <location filename="../wording.py" line="354"/>
        <source>Roster of {when} (serial {serial})</source>
        <translation>Liste du {when} (n° {serial})</translation>
    </message>
    <message>
        <location filename="../wording.py" line="357"/>
        <source>Roster imported {when} (unsigned)</source>
        <translation>Liste importée le {when} (non signée)</translation>
    </message>
    <message>
        <location filename="../wording.py" line="368"/>
        <source>no roster yet</source>
        <translation>pas encore de liste</translation>
    </message>
    <message>
        <location filename="../wording.py" line="373"/>
        <source>roster of {when}</source>
        <translation>liste {when}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="374"/>
        <source>OFFLINE since {time} · {roster} · {count} to upload</source>
        <translation>HORS LIGNE depuis {time} · {roster} · {count} à envoyer</translation>
    </message>
    <message>
        <location filename="../wording.py" line="388"/>
        <source>CLOCK {span} FAST · sessions judged on the site&apos;s time</source>
        <translation>HORLOGE EN AVANCE DE {span} · séances jugées à l&apos;heure du site</translation>
    </message>
    <message>
        <location filename="../wording.py" line="389"/>
        <source>CLOCK {span} SLOW · sessions judged on the site&apos;s time</source>
        <translation>HORLOGE EN RETARD DE {span} · séances jugées à l&apos;heure du site</translation>
    </message>
    <message>
        <location filename="../wording.py" line="393"/>
        <source>CLOCK {span} FAST: too far off to correct, have it set</source>
        <translation>HORLOGE EN AVANCE DE {span} : trop pour être corrigée, faites-la régler</translation>
    </message>
    <message>
        <location filename="../wording.py" line="394"/>
        <source>CLOCK {span} SLOW: too far off to correct, have it set</source>
        <translation>HORLOGE EN RETARD DE {span} : trop pour être corrigée, faites-la régler</translation>
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
        <translation>{days} jours</translation>
    </message>
    <message>
        <location filename="../wording.py" line="230"/>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <location filename="../wording.py" line="231"/>
        <source>National identity card</source>
        <translation>Carte nationale d&apos;identité</translation>
    </message>
    <message>
        <location filename="../wording.py" line="232"/>
        <source>Residence permit</source>
        <translation>Titre de séjour</translation>
    </message>
    <message>
        <location filename="../wording.py" line="238"/>
        <source>Journalist</source>
        <translation>Journaliste</translation>
    </message>
    <message>
        <location filename="../wording.py" line="239"/>
        <source>Photographer</source>
        <translation>Photographe</translation>
    </message>
    <message>
        <location filename="../wording.py" line="240"/>
        <source>Camera operator</source>
        <translation>Cadreur</translation>
    </message>
    <message>
        <location filename="../wording.py" line="241"/>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <location filename="../wording.py" line="242"/>
        <source>Producer</source>
        <translation>Producteur</translation>
    </message>
    <message>
        <location filename="../wording.py" line="243"/>
        <source>Fixer</source>
        <translation>Fixeur</translation>
    </message>
    <message>
        <location filename="../wording.py" line="254"/>
        <source>Camera starting…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <location filename="../wording.py" line="251"/>
        <location filename="../wording.py" line="262"/>
        <source>Camera on</source>
        <translation>Caméra active</translation>
    </message>
    <message>
        <location filename="../wording.py" line="249"/>
        <source>Camera unavailable — retrying</source>
        <translation>Caméra indisponible — nouvel essai</translation>
    </message>
    <message>
        <location filename="../wording.py" line="253"/>
        <location filename="../wording.py" line="264"/>
        <source>Video ended</source>
        <translation>Vidéo terminée</translation>
    </message>
    <message>
        <location filename="../wording.py" line="287"/>
        <source>the badge was revoked since the scan</source>
        <translation>le badge a été révoqué depuis la lecture</translation>
    </message>
    <message>
        <location filename="../wording.py" line="288"/>
        <source>the badge was suspended since the scan</source>
        <translation>le badge a été suspendu depuis la lecture</translation>
    </message>
    <message>
        <location filename="../wording.py" line="289"/>
        <source>a newer badge was printed since the scan</source>
        <translation>un badge plus récent a été imprimé depuis la lecture</translation>
    </message>
    <message>
        <location filename="../wording.py" line="290"/>
        <source>not accredited for the session now</source>
        <translation>non accrédité pour la séance en cours</translation>
    </message>
    <message>
        <location filename="../wording.py" line="291"/>
        <source>outside the session&apos;s hours or appointment now</source>
        <translation>hors des horaires de la séance ou du rendez-vous</translation>
    </message>
    <message>
        <location filename="../wording.py" line="292"/>
        <source>already admitted meanwhile</source>
        <translation>déjà admis entre-temps</translation>
    </message>
    <message>
        <location filename="../wording.py" line="293"/>
        <source>the badge is no longer on the roster</source>
        <translation>le badge n&apos;est plus sur la liste</translation>
    </message>
    <message>
        <location filename="../wording.py" line="294"/>
        <source>the check took too long</source>
        <translation>le contrôle a pris trop de temps</translation>
    </message>
    <message>
        <location filename="../wording.py" line="295"/>
        <source>the kiosk&apos;s clock went back</source>
        <translation>l&apos;horloge de la borne a reculé</translation>
    </message>
    <message>
        <location filename="../wording.py" line="296"/>
        <source>the officer is not on this kiosk&apos;s staff list</source>
        <translation>l&apos;agent n&apos;est pas sur la liste du personnel de cette borne</translation>
    </message>
    <message>
        <location filename="../wording.py" line="297"/>
        <source>offline, on old data</source>
        <translation>hors ligne, sur des données anciennes</translation>
    </message>
    <message>
        <location filename="../wording.py" line="301"/>
        <source>the log refused the decision</source>
        <translation>le journal a refusé la décision</translation>
    </message>
    <message>
        <location filename="../wording.py" line="310"/>
        <source>The roster may be out of date. A supervisor&apos;s PIN can admit this holder (it is logged), or go back and refuse entry.</source>
        <translation>La liste peut être périmée. Le code d&apos;un superviseur peut admettre cette personne (c&apos;est consigné), sinon revenez et refusez l&apos;entrée.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="315"/>
        <source>Nothing was recorded. Show the badge again to check it anew.</source>
        <translation>Rien n&apos;a été enregistré. Présentez de nouveau le badge pour le contrôler à nouveau.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="324"/>
        <source>Nothing was recorded. Refuse entry and call the supervisor.</source>
        <translation>Rien n&apos;a été enregistré. Refusez l&apos;entrée et appelez le superviseur.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="327"/>
        <source>Not admitted: {reason}</source>
        <translation>Non admis : {reason}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="332"/>
        <location filename="../wording.py" line="342"/>
        <source>ERROR</source>
        <translation>ERREUR</translation>
    </message>
    <message>
        <location filename="../wording.py" line="333"/>
        <source>Scan not recorded</source>
        <translation>Lecture non enregistrée</translation>
    </message>
    <message>
        <location filename="../wording.py" line="334"/>
        <source>The badge could not be checked. Ask for the badge again; if this repeats, call the supervisor.</source>
        <translation>Le badge n&apos;a pas pu être contrôlé. Redemandez le badge ; si cela se répète, appelez le superviseur.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="337"/>
        <source>NOT SAVED</source>
        <translation>NON ENREGISTRÉ</translation>
    </message>
    <message>
        <location filename="../wording.py" line="338"/>
        <source>Decision not recorded</source>
        <translation>Décision non enregistrée</translation>
    </message>
    <message>
        <location filename="../wording.py" line="339"/>
        <source>Nothing was saved: do not admit yet. Try again; if this repeats, call the supervisor.</source>
        <translation>Rien n&apos;a été enregistré : ne laissez pas encore entrer. Réessayez ; si cela se répète, appelez le superviseur.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="326"/>
        <source>NOT ADMITTED</source>
        <translation>NON ADMIS</translation>
    </message>
    <message>
        <location filename="../wording.py" line="322"/>
        <source>This badge was admitted meanwhile at another checkpoint. Refuse entry and call the supervisor.</source>
        <translation>Ce badge a été admis entre-temps à un autre poste. Refusez l&apos;entrée et appelez le superviseur.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="343"/>
        <source>Action failed</source>
        <translation>Action échouée</translation>
    </message>
    <message>
        <location filename="../wording.py" line="344"/>
        <source>Try again; if this repeats, call the supervisor.</source>
        <translation>Réessayez ; si cela se répète, appelez le superviseur.</translation>
    </message>
</context>
</TS>
