<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Account</name>
    <message>
        <location filename="../../core/accounts/account.cpp" line="+194"/>
        <source>The account has no name.</source>
        <translation>Das Konto hat keinen Namen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account has no sender address.</source>
        <translation>Das Konto hat keine Absenderadresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sender address &quot;%1&quot; is not an address (name@domain).</source>
        <translation>Die Absenderadresse „%1“ ist keine Adresse (name@domain).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sender address cannot be used: %1</source>
        <translation>Die Absenderadresse kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account has no server.</source>
        <translation>Das Konto hat keinen Server.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A field holds a line break: &quot;%1&quot;.</source>
        <translation>Ein Feld enthält einen Zeilenumbruch: „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 proxy needs a server and a port.</source>
        <translation>Der %1-Proxy braucht einen Server und einen Port.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The timeout must be between 1 and 3600 seconds (0 for the default).</source>
        <translation>Das Zeitlimit muss zwischen 1 und 3600 Sekunden liegen (0 für den Standardwert).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A pinned fingerprint is not a SHA-256 digest.</source>
        <translation>Ein hinterlegter Fingerabdruck ist kein SHA-256-Hash.</translation>
    </message>
</context>
<context>
    <name>AccountAdvancedPage</name>
    <message>
        <location filename="../../ui/accountadvancedpage.cpp" line="+23"/>
        <source>EHLO name</source>
        <translation>EHLO-Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra CA certificates file</source>
        <translation>Datei mit zusätzlichen CA-Zertifikaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>automatic (reveals no host name)</source>
        <translation>automatisch (verrät keinen Rechnernamen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeout in seconds</source>
        <translation>Zeitlimit in Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>standard (RFC 5321)</source>
        <translation>Standard (RFC 5321)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: a PEM file with your organisation&apos;s CA</source>
        <translation>optional: eine PEM-Datei mit der CA Ihrer Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trusted server certificates</source>
        <translation>Vertrauenswürdige Server-Zertifikate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop trusting the selected certificate: a server that presents it is refused again</source>
        <translation>Dem ausgewählten Zertifikat nicht mehr vertrauen: Ein Server, der es vorlegt, wird wieder abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;quire TLS all the way to the recipients (REQUIRETLS)</source>
        <translation>&amp;TLS bis zu den Empfängern verlangen (REQUIRETLS)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RFC 8689: a message is sent only where the server promises to pass it on over TLS to the end; a server that cannot promise it gets nothing.</source>
        <translation>RFC 8689: Eine Nachricht wird nur gesendet, wenn der Server zusagt, sie bis zum Ziel über TLS weiterzugeben; ein Server, der das nicht zusagen kann, erhält nichts.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System settings</source>
        <translation>Systemeinstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP (CONNECT)</source>
        <translation>HTTP (CONNECT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy server</source>
        <translation>Proxy-Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxy user</source>
        <translation>Proxy-Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deli&amp;vered</source>
        <translation>&amp;zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;failed</source>
        <translation>fe&amp;hlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dela&amp;yed</source>
        <translation>verzö&amp;gert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A bounce returns</source>
        <translation>Bei Unzustellbarkeit zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server&apos;s choice</source>
        <translation>Wahl des Servers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole message</source>
        <translation>die ganze Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the headers only</source>
        <translation>nur die Kopfzeilen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;EHLO name:</source>
        <translation>&amp;EHLO-Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ti&amp;meout:</source>
        <translation>Zeit&amp;limit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trusted certificates:</source>
        <translation>&amp;Vertrauenswürdige Zertifikate:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy ser&amp;ver:</source>
        <translation>Proxy-Se&amp;rver:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy &amp;user:</source>
        <translation>Proxy-Ben&amp;utzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy pass&amp;word:</source>
        <translation>Proxy-Passw&amp;ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report when:</source>
        <translation>Benachrichtigen, wenn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;bounce returns:</source>
        <translation>&amp;Bei Unzustellbarkeit zurück:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Certificate of %1
SHA-256 %2</source>
        <translation>Zertifikat von %1
SHA-256 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate of %1: %2
Valid %3
SHA-256 %4</source>
        <translation>Zertifikat von %1: %2
Gültig %3
SHA-256 %4</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>this server</source>
        <translation>dieser Server</translation>
    </message>
</context>
<context>
    <name>AccountEditorDialog</name>
    <message>
        <location filename="../../ui/accounteditor.cpp" line="+34"/>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit account — %1</source>
        <translation>Konto bearbeiten — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account settings</source>
        <translation>Kontoeinstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Identity</source>
        <translation>&amp;Identität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Advanced</source>
        <translation>Er&amp;weitert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent co&amp;py</source>
        <translation>Gesendet-&amp;Kopie</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Enter the server first.</source>
        <translation>Geben Sie zuerst den Server ein.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The Reply-To address is not valid: %1</source>
        <translation>Die Antwortadresse ist ungültig: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another account is already called &quot;%1&quot;.</source>
        <translation>Ein anderes Konto heißt bereits „%1“.</translation>
    </message>
</context>
<context>
    <name>AccountFile</name>
    <message>
        <location filename="../../core/accounts/accountfile.cpp" line="+12"/>
        <source> line %1</source>
        <extracomment>Follows the accounts file&apos;s name; %1 is a line number</extracomment>
        <translation> Zeile %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (account &quot;%1&quot;)</source>
        <translation> (Konto „%1“)</translation>
    </message>
    <message>
        <location filename="../../core/accounts/accountfileparser.cpp" line="+76"/>
        <source>unknown escape \%1 in a quoted value (use \n, \t, \&quot; or \\)</source>
        <translation>unbekannte Escape-Sequenz \%1 in einem Wert in Anführungszeichen (verwenden Sie \n, \t, \&quot; oder \\)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a quoted value has no closing quote</source>
        <translation>ein Wert in Anführungszeichen hat kein schließendes Anführungszeichen</translation>
    </message>
    <message>
        <location line="+405"/>
        <source>no address (add &quot;address = you@example.org&quot;)</source>
        <translation>keine Adresse (fügen Sie „address = you@example.org“ hinzu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no server (add &quot;server = smtp.example.org&quot;)</source>
        <translation>kein Server (fügen Sie „server = smtp.example.org“ hinzu)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another account above has the same name</source>
        <translation>ein Konto weiter oben hat denselben Namen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another account above has the same id</source>
        <translation>ein Konto weiter oben hat dieselbe ID</translation>
    </message>
    <message>
        <location line="-333"/>
        <source>a section header must end with ]</source>
        <translation>ein Abschnittskopf muss mit ] enden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unexpected text after the account&apos;s quoted name</source>
        <translation>unerwarteter Text nach dem Kontonamen in Anführungszeichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the account has no name: write [account &quot;NAME&quot;]</source>
        <translation>das Konto hat keinen Namen: schreiben Sie [account &quot;NAME&quot;]</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>unknown section [%1] (expected [epistle] or [account &quot;NAME&quot;])</source>
        <translation>unbekannter Abschnitt [%1] (erwartet: [epistle] oder [account &quot;NAME&quot;])</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>text outside any section</source>
        <translation>Text außerhalb jedes Abschnitts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the line is not valid UTF-8</source>
        <translation>die Zeile ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>expected &quot;key = value&quot;, found &quot;%1&quot;</source>
        <translation>„key = value“ erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: unexpected text after the closing quote</source>
        <translation>%1: unerwarteter Text nach dem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>version must be a whole number, found &quot;%1&quot;</source>
        <translation>version muss eine ganze Zahl sein, gefunden: „%1“</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>unknown setting &quot;%1&quot; in [epistle]</source>
        <translation>unbekannte Einstellung „%1“ in [epistle]</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is set twice</source>
        <translation>„%1“ ist zweimal gesetzt</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>id must be a single word</source>
        <translation>id muss ein einzelnes Wort sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>default must be true or false, found &quot;%1&quot;</source>
        <translation>default muss true oder false sein, gefunden: „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>local-test-server must be true or false, found &quot;%1&quot;</source>
        <translation>local-test-server muss true oder false sein, gefunden: „%1“</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>port must be a number from 1 to 65535 (or empty), found &quot;%1&quot;</source>
        <translation>port muss eine Zahl von 1 bis 65535 sein (oder leer), gefunden: „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>security must be tls, starttls or none, found &quot;%1&quot;</source>
        <translation>security muss tls, starttls oder none sein, gefunden: „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>auth must be auto, none or a mechanism name, found &quot;%1&quot;</source>
        <translation>auth muss auto, none oder der Name eines Verfahrens sein, gefunden: „%1“</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>timeout must be seconds from 1 to 3600 (0 for the default), found &quot;%1&quot;</source>
        <translation>timeout muss in Sekunden von 1 bis 3600 angegeben werden (0 für den Standardwert), gefunden: „%1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fingerprint must be a SHA-256 digest (64 hex digits, colons allowed), found &quot;%1&quot;</source>
        <translation>fingerprint muss ein SHA-256-Hash sein (64 Hexadezimalziffern, Doppelpunkte erlaubt), gefunden: „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>require-tls must be yes or no, found &quot;%1&quot;</source>
        <translation>require-tls muss yes oder no sein, gefunden: „%1“</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>proxy must be none, system, socks5 or http, found &quot;%1&quot;</source>
        <translation>proxy muss none, system, socks5 oder http sein, gefunden: „%1“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>proxy-server must be HOST:PORT, found &quot;%1&quot;</source>
        <translation>proxy-server muss HOST:PORT sein, gefunden: „%1“</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>dsn-notify takes success, failure and delay (comma-separated) or default, found &quot;%1&quot;</source>
        <translation>dsn-notify nimmt success, failure und delay (durch Kommas getrennt) oder default, gefunden: „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dsn-return must be full, headers or default, found &quot;%1&quot;</source>
        <translation>dsn-return muss full, headers oder default sein, gefunden: „%1“</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>unknown setting &quot;%1&quot;</source>
        <translation>unbekannte Einstellung „%1“</translation>
    </message>
</context>
<context>
    <name>AccountIdentityPage</name>
    <message>
        <location filename="../../ui/accountidentitypage.cpp" line="+16"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply-To address</source>
        <translation>Antwortadresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use as the &amp;default account</source>
        <translation>Als Standar&amp;dkonto verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work, Home, …</source>
        <translation>Arbeit, Privat, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alice Example</source>
        <translation>Erika Mustermann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alice@example.org</source>
        <translation>erika@example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added below your messages, after a &quot;-- &quot; line</source>
        <translation>Wird unter Ihren Nachrichten angefügt, nach einer Zeile „-- “</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile &amp;name:</source>
        <translation>&amp;Profilname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Your name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reply-To:</source>
        <translation>&amp;Antwortadresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;gnature:</source>
        <translation>Si&amp;gnatur:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;pelling:</source>
        <translation>Rechtsch&amp;reibung:</translation>
    </message>
</context>
<context>
    <name>AccountImap</name>
    <message>
        <location filename="../../core/accounts/accountimap.cpp" line="+33"/>
        <source>The account &quot;%1&quot; has no IMAP server any more, so the copy cannot be saved; give the account one, then try the copy again.</source>
        <translation>Das Konto „%1“ hat keinen IMAP-Server mehr, deshalb kann die Kopie nicht gespeichert werden; geben Sie dem Konto einen und versuchen Sie die Kopie dann erneut.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>An IMAP field holds a line break: &quot;%1&quot;.</source>
        <translation>Ein IMAP-Feld enthält einen Zeilenumbruch: „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The IMAP server must be reached with TLS or STARTTLS.</source>
        <translation>Der IMAP-Server muss über TLS oder STARTTLS erreicht werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the folder that takes the copies of sent mail, or choose &quot;auto&quot;.</source>
        <translation>Geben Sie den Ordner an, der die Kopien gesendeter Nachrichten aufnimmt, oder wählen Sie „auto“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>imap-port must be a number from 1 to 65535 (or empty), found &quot;%1&quot;</source>
        <translation>imap-port muss eine Zahl von 1 bis 65535 sein (oder leer), gefunden: „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>imap-security must be tls or starttls, found &quot;%1&quot;</source>
        <translation>imap-security muss tls oder starttls sein, gefunden: „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sent-folder must be auto, none or a folder name</source>
        <translation>sent-folder muss auto, none oder ein Ordnername sein</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <location filename="../../core/accounts/accountlistmodel.cpp" line="+33"/>
        <source>%1 via %2:%3 (%4)</source>
        <extracomment>The sender (&quot;Name &lt;address&gt;&quot;), the server, its port and the security (tls, starttls or none)</extracomment>
        <translation>%1 über %2:%3 (%4)</translation>
    </message>
</context>
<context>
    <name>AccountSentCopyPage</name>
    <message>
        <location filename="../../ui/accountsentcopypage.cpp" line="+17"/>
        <source>Folder for sent mail</source>
        <translation>Ordner für gesendete Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMAP server</source>
        <translation>IMAP-Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IMAP user name</source>
        <translation>IMAP-Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMAP password</source>
        <translation>IMAP-Passwort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a copy in</source>
        <translation>Kopie speichern in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Sent folder on the server</source>
        <translation>Der Gesendet-Ordner auf dem Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This folder on the server:</source>
        <translation>Dieser Ordner auf dem Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not save a copy</source>
        <translation>Keine Kopie speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imap.example.org</source>
        <translation>imap.example.org</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IMAP security</source>
        <translation>IMAP-Sicherheit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IMAP port</source>
        <translation>IMAP-Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the outgoing server&apos;s user name</source>
        <translation>der Benutzername des Postausgangs-Servers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only for another user name</source>
        <translation>nur bei einem anderen Benutzernamen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy is saved after the outgoing server accepted the message. If it cannot be saved, it is tried again on its own: the message is never sent twice.</source>
        <translation>Die Kopie wird gespeichert, nachdem der Postausgangs-Server die Nachricht angenommen hat. Kann sie nicht gespeichert werden, wird es später von selbst erneut versucht: Die Nachricht wird nie zweimal gesendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Po&amp;rt:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save a &amp;copy in:</source>
        <translation>&amp;Kopie speichern in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;IMAP server:</source>
        <translation>&amp;IMAP-Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Securit&amp;y:</source>
        <translation>&amp;Sicherheit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User na&amp;me:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
</context>
<context>
    <name>AccountServerPage</name>
    <message>
        <location filename="../../ui/accountserverpage.cpp" line="+30"/>
        <source>Outgoing server</source>
        <translation>Postausgangs-Server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Detect settings</source>
        <translation>Einstellungen &amp;ermitteln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test settings</source>
        <translation>Einstellungen &amp;testen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>smtp.example.org</source>
        <translation>smtp.example.org</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security</source>
        <translation>Verbindungssicherheit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login method</source>
        <translation>Authentifizierungsmethode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (strongest offered)</source>
        <translation>Automatisch (stärkste angebotene Methode)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No login</source>
        <translation>Keine Anmeldung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the email address</source>
        <translation>die E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain is available: a password entered here is kept until Epistle quits, then asked for again. (%1)</source>
        <translation>Kein Schlüsselbund verfügbar: Ein hier eingegebenes Passwort wird behalten, bis Epistle beendet wird, und danach erneut abgefragt. (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find the server for this address: settings shipped with Epistle, the domain&apos;s DNS and autoconfig, and a probe of the usual servers (no password is sent)</source>
        <translation>Den Server für diese Adresse suchen: mit Epistle gelieferte Einstellungen, DNS und Autoconfig der Domain und eine Probe der üblichen Server (dabei wird kein Passwort gesendet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Server:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;curity:</source>
        <translation>Verbindungssi&amp;cherheit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login method:</source>
        <translation>&amp;Authentifizierungsmethode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;in with:</source>
        <translation>Anme&amp;lden mit:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>stored in the system keychain</source>
        <translation>im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unchanged (kept in the system keychain)</source>
        <translation>unverändert (bleibt im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Enter the email address first (on the Identity page): the settings are found from its domain.</source>
        <translation>Geben Sie zuerst die E-Mail-Adresse ein (auf der Seite „Identität“): Die Einstellungen werden anhand ihrer Domain gesucht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Looking for the settings of %1… %2</source>
        <translation>Einstellungen für %1 werden gesucht … %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for the settings of %1…</source>
        <translation>Einstellungen für %1 werden gesucht …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No settings were found for %1. Enter the outgoing server your provider gives (often smtp.%1, port 465 with SSL/TLS or 587 with STARTTLS).</source>
        <translation>Für %1 wurden keine Einstellungen gefunden. Geben Sie den Postausgangs-Server ein, den Ihr Anbieter nennt (oft smtp.%1, Port 465 mit SSL/TLS oder 587 mit STARTTLS).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filled in %1:%2 (%3) from %4 — %5% sure. Use &quot;Test settings&quot; to check them.</source>
        <translation>%1:%2 (%3) aus %4 übernommen — zu %5 % sicher. Prüfen Sie die Einstellungen mit „Einstellungen testen“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1:%2 (%3) — %4, %5%</source>
        <translation>%1:%2 (%3) — %4, %5 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search again</source>
        <translation>Erneut suchen</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <location filename="../../core/accounts/accountstore.cpp" line="+63"/>
        <location line="+9"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 is %2 bytes: far too large for an accounts file; it was left alone.</source>
        <translation>%1 ist %2 Bytes groß: viel zu groß für eine Kontendatei; sie wurde nicht angerührt.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The accounts file was written by a newer Epistle (format %1; this one knows format %2). Accounts can be used but not changed here.</source>
        <translation>Die Kontendatei wurde von einem neueren Epistle geschrieben (Format %1; dieses kennt Format %2). Die Konten können verwendet, aber hier nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The accounts file&apos;s format version cannot be read; accounts can be used but not changed until it is fixed.</source>
        <translation>Die Formatversion der Kontendatei ist nicht lesbar; die Konten können verwendet, aber erst nach einer Korrektur geändert werden.</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Another Epistle is changing the accounts (%1 is locked).</source>
        <translation>Ein anderes Epistle ändert gerade die Konten (%1 ist gesperrt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The accounts file cannot be changed.</source>
        <translation>Die Kontendatei kann nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot create the directory %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save a copy of %1 as %2; nothing was changed.</source>
        <translation>Von %1 kann keine Kopie als %2 gespeichert werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <location line="+8"/>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+61"/>
        <source>An account named &quot;%1&quot; exists already.</source>
        <translation>Ein Konto namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>An account with id %1 exists already.</source>
        <translation>Ein Konto mit der ID %1 existiert bereits.</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+43"/>
        <source>There is no account with id %1 (any more).</source>
        <translation>Es gibt kein Konto (mehr) mit der ID %1.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>&quot;%1&quot; is the default account; make another account the default instead.</source>
        <translation>„%1“ ist das Standardkonto; machen Sie stattdessen ein anderes Konto zum Standardkonto.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>There is no account with id %1.</source>
        <translation>Es gibt kein Konto mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../ui/accountsdialog.cpp" line="+37"/>
        <source>%1 (default)
%2</source>
        <translation>%1 (Standard)
%2</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+6"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set as &amp;default</source>
        <translation>Als &amp;Standard festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test…</source>
        <translation>&amp;Testen…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No keychain is available (%1): passwords are kept only until Epistle quits.</source>
        <translation>Kein Schlüsselbund verfügbar (%1): Passwörter werden nur behalten, bis Epistle beendet wird.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Duplicate account</source>
        <translation>Konto duplizieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove the account &quot;%1&quot; and its saved password?</source>
        <translation>Das Konto „%1“ und sein gespeichertes Passwort entfernen?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove the account &quot;%1&quot; and its saved password? %n message(s) wait for this account in the outbox: they stay there, and the Outbox window sends them from another account (Send from).</source>
        <translation>
            <numerusform>Das Konto „%1“ und sein gespeichertes Passwort entfernen? %n Nachricht wartet im Postausgang auf dieses Konto: Sie bleibt dort, und das Fenster „Postausgang“ sendet sie von einem anderen Konto (Senden von).</numerusform>
            <numerusform>Das Konto „%1“ und sein gespeichertes Passwort entfernen? %n Nachrichten warten im Postausgang auf dieses Konto: Sie bleiben dort, und das Fenster „Postausgang“ sendet sie von einem anderen Konto (Senden von).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Default account</source>
        <translation>Standardkonto</translation>
    </message>
</context>
<context>
    <name>AddressLineEdit</name>
    <message>
        <location filename="../../ui/addresslineedit.cpp" line="+17"/>
        <source>Name &lt;address@example.org&gt;, another@example.org</source>
        <translation>Name &lt;adresse@example.org&gt;, andere@example.org</translation>
    </message>
    <message>
        <location line="+238"/>
        <source>Invalid address: %1</source>
        <translation>Ungültige Adresse: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a valid address list: %1</source>
        <translation>Keine gültige Adressliste: %1</translation>
    </message>
</context>
<context>
    <name>AddressParser</name>
    <message>
        <location filename="../../core/mime/addresstokenizer.cpp" line="+11"/>
        <source> (at character %1)</source>
        <extracomment>Appended to a problem with an address; %1 is the position of the character, counting from 1</extracomment>
        <translation> (bei Zeichen %1)</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>The comment opened with &apos;(&apos; is never closed</source>
        <translation>Der mit „(“ geöffnete Kommentar wird nie geschlossen</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>The quote opened with &apos;&quot;&apos; is never closed</source>
        <translation>Das mit „&quot;“ geöffnete Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A &apos;[&apos; cannot appear inside a domain literal</source>
        <translation>Ein „[“ darf nicht in einem Domain-Literal stehen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The domain literal opened with &apos;[&apos; is never closed</source>
        <translation>Das mit „[“ geöffnete Domain-Literal wird nie geschlossen</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>a control character (U+%1)</source>
        <translation>ein Steuerzeichen (U+%1)</translation>
    </message>
    <message>
        <location filename="../../core/mime/addressparser.cpp" line="+260"/>
        <location filename="../../core/mime/addresstokenizer.cpp" line="+3"/>
        <source>Unexpected %1</source>
        <extracomment>%1 is a quoted character such as &apos;&gt;&apos;, or &quot;a control character (U+0007)&quot;</extracomment>
        <translation>Unerwartet: %1</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>Expected a comma before %1</source>
        <translation>Vor %1 fehlt ein Komma</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No address given</source>
        <translation>Keine Adresse angegeben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only one address is expected here, but %1 follows</source>
        <translation>Hier wird nur eine Adresse erwartet, aber es folgt %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the end</source>
        <translation>das Ende</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Expected &apos;:&apos; after the group name</source>
        <translation>Nach dem Gruppennamen wird „:“ erwartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A group needs a name before &apos;:&apos;</source>
        <translation>Eine Gruppe braucht vor „:“ einen Namen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The group &quot;%1&quot; is not closed with &apos;;&apos;</source>
        <translation>Die Gruppe „%1“ wird nicht mit „;“ geschlossen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Expected &apos;,&apos; or &apos;;&apos; in the group, not %1</source>
        <translation>In der Gruppe wird „,“ oder „;“ erwartet, nicht %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A group cannot contain another group</source>
        <translation>Eine Gruppe darf keine andere Gruppe enthalten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unexpected %1 in a name</source>
        <translation>Unerwartet in einem Namen: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A source route must end with &apos;:&apos;</source>
        <translation>Eine Quellroute muss mit „:“ enden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Empty address &apos;&lt;&gt;&apos;</source>
        <translation>Leere Adresse „&lt;&gt;“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The &apos;&lt;&apos; is never closed by &apos;&gt;&apos;</source>
        <translation>Das „&lt;“ wird nie durch „&gt;“ geschlossen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected &apos;&gt;&apos; to close the address, not %1</source>
        <translation>„&gt;“ zum Schließen der Adresse erwartet, nicht %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unexpected &apos;&gt;&apos; without &apos;&lt;&apos;</source>
        <translation>Unerwartetes „&gt;“ ohne „&lt;“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an email address: it needs an @ and a domain</source>
        <translation>„%1“ ist keine E-Mail-Adresse: Es fehlen ein @ und eine Domain</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Unexpected &apos;[&apos; in a name</source>
        <translation>Unerwartetes „[“ in einem Namen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Spaces are not allowed in an address; a name goes before the address in &lt;...&gt;, as in: Jane Doe &lt;jane@example.org&gt;</source>
        <translation>Leerzeichen sind in einer Adresse nicht erlaubt; ein Name steht vor der Adresse in &lt;...&gt;, etwa so: Erika Mustermann &lt;erika@example.org&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A dot cannot start the part before @ or follow another dot</source>
        <translation>Ein Punkt darf den Teil vor dem @ nicht beginnen und nicht auf einen anderen Punkt folgen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The address is missing &apos;@&apos; and a domain</source>
        <translation>Der Adresse fehlen das „@“ und eine Domain</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected %1 in an address</source>
        <translation>Unerwartet in einer Adresse: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The address is missing the part before @</source>
        <translation>Der Adresse fehlt der Teil vor dem @</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A dot cannot end the part before @</source>
        <translation>Ein Punkt darf den Teil vor dem @ nicht beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The part before @ contains a control character</source>
        <translation>Der Teil vor dem @ enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The part before @ is longer than 64 octets</source>
        <translation>Der Teil vor dem @ ist länger als 64 Oktette</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&apos;%1&apos; cannot appear in a domain name</source>
        <translation>„%1“ darf nicht in einem Domainnamen stehen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A dot cannot start a domain or follow another dot</source>
        <translation>Ein Punkt darf eine Domain nicht beginnen und nicht auf einen anderen Punkt folgen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The address is missing the domain after @</source>
        <translation>Der Adresse fehlt die Domain nach dem @</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A domain cannot end with a dot</source>
        <translation>Eine Domain darf nicht mit einem Punkt enden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The domain is longer than 255 octets</source>
        <translation>Die Domain ist länger als 255 Oktette</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A part of the domain is longer than 63 characters</source>
        <translation>Ein Teil der Domain ist länger als 63 Zeichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a valid international domain name</source>
        <translation>„%1“ ist kein gültiger internationaler Domainname</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>A name must come before the address in &lt;...&gt;</source>
        <translation>Ein Name muss vor der Adresse in &lt;...&gt; stehen</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>&quot;%1&quot; is not a plain address such as user@example.org</source>
        <translation>„%1“ ist keine einfache Adresse wie benutzer@example.org</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../ui/appcontext.cpp" line="+87"/>
        <source>The server refused the login.</source>
        <translation>Der Server hat die Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Local test server</source>
        <translation>Lokaler Testserver</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Sent with Epistle to the local test server</source>
        <translation>Mit Epistle an den lokalen Testserver gesendet</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>No password was given for the account &quot;%1&quot;, so nothing was sent.</source>
        <translation>Für das Konto „%1“ wurde kein Passwort angegeben, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No IMAP password is saved for %1.</source>
        <translation>Für %1 ist kein IMAP-Passwort gespeichert.</translation>
    </message>
</context>
<context>
    <name>AttachmentListModel</name>
    <message>
        <location filename="../../core/store/attachmentlistmodel.cpp" line="+47"/>
        <source>Attached by the mail link that opened this message</source>
        <translation>Durch den E-Mail-Link angehängt, der diese Nachricht geöffnet hat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder; attach the files in it, or an archive of it.</source>
        <translation>%1 ist ein Ordner; hängen Sie die Dateien darin oder ein Archiv davon an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine normale Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be read (permissions).</source>
        <translation>%1 kann nicht gelesen werden (Zugriffsrechte).</translation>
    </message>
</context>
<context>
    <name>AttachmentPanel</name>
    <message>
        <location filename="../../ui/attachmentpanel.cpp" line="+28"/>
        <source>&amp;Attach…</source>
        <translation>An&amp;hängen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;pen</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Attach files (Ctrl+Shift+A), or drop them on the window</source>
        <translation>Dateien anhängen (Strg+Umschalt+A) oder auf das Fenster ziehen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No attachments — drop files here or press Ctrl+Shift+A</source>
        <translation>Keine Anhänge — Dateien hierher ziehen oder Strg+Umschalt+A drücken</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n attachment(s), %1 in all</source>
        <translation>
            <numerusform>%n Anhang, insgesamt %1</numerusform>
            <numerusform>%n Anhänge, insgesamt %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AutoconfigXml</name>
    <message>
        <location filename="../../core/accounts/autoconfigxml.cpp" line="+137"/>
        <source>the document is empty</source>
        <translation>das Dokument ist leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not an autoconfig document (the root is &lt;%1&gt;, not &lt;clientConfig&gt;)</source>
        <translation>kein Autoconfig-Dokument (das Wurzelelement ist &lt;%1&gt;, nicht &lt;clientConfig&gt;)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no &lt;emailProvider&gt; in the document</source>
        <translation>kein &lt;emailProvider&gt; im Dokument</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no usable &lt;outgoingServer type=&quot;smtp&quot;&gt; in the document</source>
        <translation>kein verwendbarer &lt;outgoingServer type=&quot;smtp&quot;&gt; im Dokument</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <location filename="../../ui/bodyeditor.cpp" line="+147"/>
        <location line="+6"/>
        <source>Formatting</source>
        <translation>Formatierung</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Font size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 pt</source>
        <translation>%1 pt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Underline</source>
        <translation>Unterstrichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bulleted list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbered list</source>
        <translation>Nummerierte Liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link…</source>
        <translation>Link…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert image…</source>
        <translation>Bild einfügen…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Switch to plain text?</source>
        <translation>Zu reinem Text wechseln?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain text keeps the words only: formatting, links and images in the message will be removed.</source>
        <translation>Reiner Text behält nur die Wörter: Formatierung, Links und Bilder in der Nachricht werden entfernt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Formatting needs rich text (HTML): switch it on in the Format menu</source>
        <translation>Formatierungen brauchen das HTML-Format: Schalten Sie es im Menü „Format“ ein</translation>
    </message>
    <message>
        <location line="+348"/>
        <location line="+9"/>
        <location line="+10"/>
        <source>Insert image</source>
        <translation>Bild einfügen</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be inserted: it cannot be read, or it is larger than 20 MB.</source>
        <translation>%1 kann nicht eingefügt werden: Die Datei ist nicht lesbar oder größer als 20 MB.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not an image Epistle can show.</source>
        <translation>%1 ist kein Bild, das Epistle anzeigen kann.</translation>
    </message>
</context>
<context>
    <name>CertificateView</name>
    <message>
        <location filename="../../ui/certificateview.cpp" line="+31"/>
        <source>Server certificate</source>
        <translation>Server-Zertifikat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use the authority&apos;s &amp;file (CA)…</source>
        <translation>&amp;Datei der Zertifizierungsstelle (CA) verwenden…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For a company or home server whose certificates your own authority signs: Epistle then trusts what that authority signs, for this account</source>
        <translation>Für einen Firmen- oder Heimserver, dessen Zertifikate Ihre eigene Zertifizierungsstelle signiert: Epistle vertraut dann für dieses Konto allem, was diese Zertifizierungsstelle signiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issued to</source>
        <translation>Ausgestellt für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it is not trusted</source>
        <translation>Warum ihm nicht vertraut wird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity:</source>
        <translation>Gültigkeit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trust it only if you know this server uses a certificate of its own (a company or home server) and the fingerprint matches what its administrator gave you. Epistle will then accept exactly this certificate for this server, and warn you if it ever changes.</source>
        <translation>Vertrauen Sie ihm nur, wenn Sie wissen, dass dieser Server ein eigenes Zertifikat verwendet (ein Firmen- oder Heimserver) und der Fingerabdruck mit dem übereinstimmt, den Ihnen sein Administrator gegeben hat. Epistle akzeptiert dann genau dieses Zertifikat für diesen Server und warnt Sie, falls es sich jemals ändert.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The authority&apos;s certificate (CA)</source>
        <translation>Das Zertifikat der Zertifizierungsstelle (CA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>from %1 until %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> — expired</source>
        <translation> — abgelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — not valid yet</source>
        <translation> — noch nicht gültig</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (names: %2)</source>
        <translation>%1 (Namen: %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not trusted by this computer</source>
        <translation>von diesem Computer nicht als vertrauenswürdig eingestuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trust this certificate for %1</source>
        <translation>Diesem Zertifikat für %1 &amp;vertrauen</translation>
    </message>
</context>
<context>
    <name>CliOption</name>
    <message>
        <location filename="../../app/cli/accountscommand.cpp" line="+106"/>
        <source>The sender, &quot;Name &lt;addr&gt;&quot; or addr (the name becomes the display name).</source>
        <translation>Der Absender, &quot;Name &lt;adresse&gt;&quot; oder adresse (der Name wird zum Anzeigenamen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sender&apos;s display name (instead of the one in --from).</source>
        <translation>Der Anzeigename des Absenders (statt des Namens aus --from).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replies go to ADDR.</source>
        <translation>Antworten gehen an ADDR.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signature: the text in FILE (- for stdin).</source>
        <translation>Die Signatur: der Text in FILE (- für die Standardeingabe).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none, system, socks5://HOST:PORT or http://HOST:PORT.</source>
        <translation>none, system, socks5://HOST:PORT oder http://HOST:PORT.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log in to the proxy as USER.</source>
        <translation>Am Proxy als USER anmelden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivery notifications to ask for: default, or a list of success,failure,delay.</source>
        <translation>Welche Zustellbenachrichtigungen angefordert werden: default oder eine Liste aus success,failure,delay.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>default, full or headers: what a bounce returns.</source>
        <translation>default, full oder headers: was eine Unzustellbarkeitsnachricht zurückgibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes: every message travels over TLS all the way or is not sent (REQUIRETLS, RFC 8689); no: as the server and receivers choose.</source>
        <translation>yes: jede Nachricht reist den ganzen Weg über TLS oder wird nicht gesendet (REQUIRETLS, RFC 8689); no: wie Server und Empfänger es wählen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make it the default account.</source>
        <translation>Zum Standardkonto machen.</translation>
    </message>
    <message>
        <location line="+573"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give up after SECONDS (default 5).</source>
        <translation>Nach SECONDS Sekunden aufgeben (Standard 5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not try guessed servers (smtp.DOMAIN, mail.DOMAIN).</source>
        <translation>Keine geratenen Server versuchen (smtp.DOMAIN, mail.DOMAIN).</translation>
    </message>
    <message>
        <location filename="../../app/cli/cliutil.cpp" line="+179"/>
        <source>Print the protocol transcript (C:/S:) on stderr.</source>
        <translation>Das Protokoll (C:/S:) auf der Standardfehlerausgabe ausgeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print one JSON object with the outcome on stdout.</source>
        <translation>Ein JSON-Objekt mit dem Ergebnis auf der Standardausgabe ausgeben.</translation>
    </message>
    <message>
        <location filename="../../app/cli/connectionoptions.cpp" line="+18"/>
        <source>Use the saved account NAME.</source>
        <translation>Das gespeicherte Konto NAME verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SMTP server, HOST[:PORT].</source>
        <translation>Der SMTP-Server, HOST[:PORT].</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tls (implicit, port 465), starttls (required, port 587) or none.</source>
        <translation>tls (implizit, Port 465), starttls (verlangt, Port 587) oder none.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in as USER.</source>
        <translation>Als USER anmelden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the password (or OAuth token) from environment variable VAR.</source>
        <translation>Das Passwort (oder OAuth-Token) aus der Umgebungsvariablen VAR lesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the password (or OAuth token) from the first line of FILE: a file only you can read (chmod 600), or a pipe such as &lt;(pass show mail).</source>
        <translation>Das Passwort (oder OAuth-Token) aus der ersten Zeile von FILE lesen: eine Datei, die nur Sie lesen können (chmod 600), oder eine Pipe wie &lt;(pass show mail).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>auto, none, plain, login, cram-md5, digest-md5, scram-sha-1, scram-sha-256, ntlm (over TLS only), gssapi, xoauth2 or oauthbearer.</source>
        <translation>auto, none, plain, login, cram-md5, digest-md5, scram-sha-1, scram-sha-256, ntlm (nur über TLS), gssapi, xoauth2 oder oauthbearer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also trust the CA certificates in PEM file FILE.</source>
        <translation>Zusätzlich den CA-Zertifikaten in der PEM-Datei FILE vertrauen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust exactly the server certificate with this SHA-256 fingerprint (hex, colons optional).</source>
        <translation>Genau dem Serverzertifikat mit diesem SHA-256-Fingerabdruck vertrauen (hexadezimal, Doppelpunkte optional).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name to give in EHLO (default: this machine&apos;s address literal).</source>
        <translation>Der Name für EHLO (Standard: das Adressliteral dieses Rechners).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seconds to wait for each step (default: RFC 5321&apos;s).</source>
        <translation>Sekunden, die auf jeden Schritt gewartet wird (Standard: die aus RFC 5321).</translation>
    </message>
    <message>
        <location filename="../../app/cli/draftscommand.cpp" line="+31"/>
        <source>One JSON object on stdout.</source>
        <translation>Ein JSON-Objekt auf der Standardausgabe.</translation>
    </message>
    <message>
        <location filename="../../app/cli/helpcommand.cpp" line="+40"/>
        <source>Write the manual page epistle(1) in roff on stdout.</source>
        <translation>Die Handbuchseite epistle(1) in roff auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the completion script for bash or zsh on stdout.</source>
        <translation>Das Vervollständigungsskript für bash oder zsh auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <location filename="../../app/cli/imapcli.cpp" line="+75"/>
        <source>Save a copy of sent mail on this IMAP server (port 993 unless given).</source>
        <translation>Eine Kopie gesendeter Nachrichten auf diesem IMAP-Server speichern (Port 993, wenn keiner angegeben ist).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tls (the default) or starttls, for the IMAP server.</source>
        <translation>tls (der Standard) oder starttls, für den IMAP-Server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in to the IMAP server as LOGIN (default: the SMTP login).</source>
        <translation>Am IMAP-Server als LOGIN anmelden (Standard: die SMTP-Anmeldung).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the copy goes: auto (the folder the server marks as Sent), a folder NAME, or none (do not save a copy).</source>
        <translation>Wohin die Kopie kommt: auto (der Ordner, den der Server als Gesendet kennzeichnet), ein Ordner NAME oder none (keine Kopie speichern).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With another --imap-user: the IMAP password from the environment variable VAR.</source>
        <translation>Mit einem anderen --imap-user: das IMAP-Passwort aus der Umgebungsvariablen VAR.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With another --imap-user: the IMAP password from FILE.</source>
        <translation>Mit einem anderen --imap-user: das IMAP-Passwort aus FILE.</translation>
    </message>
    <message>
        <location filename="../../app/cli/messageoptions.cpp" line="+12"/>
        <source>The sender, &quot;Name &lt;addr&gt;&quot; or addr.</source>
        <translation>Der Absender, &quot;Name &lt;adresse&gt;&quot; oder adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A recipient (repeatable; a comma-separated list works too).</source>
        <translation>Ein Empfänger (wiederholbar; eine kommagetrennte Liste geht auch).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A copy recipient (repeatable).</source>
        <translation>Ein Kopie-Empfänger (wiederholbar).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A blind copy recipient (repeatable; never in the headers).</source>
        <translation>Ein Blindkopie-Empfänger (wiederholbar; steht nie in den Kopfzeilen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where replies should go.</source>
        <translation>Wohin Antworten gehen sollen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The subject.</source>
        <translation>Der Betreff.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plain-text body.</source>
        <translation>Der Text als reiner Text.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the plain-text body (UTF-8) from FILE, or - for stdin.</source>
        <translation>Den reinen Text (UTF-8) aus FILE lesen, oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An HTML body (UTF-8); a plain-text alternative is made from it.</source>
        <translation>Ein HTML-Text (UTF-8); daraus wird eine Nur-Text-Fassung erzeugt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attach FILE (repeatable).</source>
        <translation>FILE anhängen (wiederholbar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add FILE as an inline image; the HTML refers to it as cid:&lt;its file name&gt; (repeatable).</source>
        <translation>FILE als eingebettetes Bild hinzufügen; das HTML verweist darauf als cid:&lt;sein Dateiname&gt; (wiederholbar).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a header line &quot;Name: value&quot; (repeatable).</source>
        <translation>Eine Kopfzeile &quot;Name: Wert&quot; hinzufügen (wiederholbar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the prepared message in FILE (- for stdin) as it is, without its Bcc header fields.</source>
        <translation>Die fertige Nachricht in FILE (- für die Standardeingabe) unverändert senden, ohne ihre Bcc-Kopfzeilen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/oauthcli.cpp" line="+30"/>
        <source>Sign in with OAuth 2: google, microsoft or custom (then epistle accounts login NAME); none turns it off.</source>
        <translation>Mit OAuth 2 anmelden: google, microsoft oder custom (danach epistle accounts login NAME); none schaltet es ab.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>custom: the authorization endpoint.</source>
        <translation>custom: der Autorisierungs-Endpunkt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>custom: the token endpoint.</source>
        <translation>custom: der Token-Endpunkt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scopes to ask for (space-separated).</source>
        <translation>Die anzufordernden Bereiche (Scopes, durch Leerzeichen getrennt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The OAuth client id registered with the provider.</source>
        <translation>Die beim Anbieter registrierte OAuth-Client-ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the OAuth client secret from environment variable VAR (kept in the system keychain).</source>
        <translation>Das OAuth-Client-Secret aus der Umgebungsvariablen VAR lesen (es wird im Schlüsselbund des Systems aufbewahrt).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only print the address; do not open a browser.</source>
        <translation>Nur die Adresse ausgeben; keinen Browser öffnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait this long for the browser (default 300).</source>
        <translation>So lange auf den Browser warten (Standard 300).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait for the browser on this port of 127.0.0.1 (default: a free one).</source>
        <translation>Auf diesem Port von 127.0.0.1 auf den Browser warten (Standard: ein freier).</translation>
    </message>
    <message>
        <location filename="../../app/cli/outboxcommand.cpp" line="+266"/>
        <source>With list: the sent folder instead of the outbox.</source>
        <translation>Mit list: der Gesendet-Ordner statt des Postausgangs.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sendcommand.cpp" line="+28"/>
        <source>Compose the message and write it out instead of sending it.</source>
        <translation>Die Nachricht zusammenstellen und ausgeben, statt sie zu senden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --dry-run: write the message to FILE (- for stdout).</source>
        <translation>Mit --dry-run: die Nachricht nach FILE schreiben (- für die Standardausgabe).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask for delivery status notifications: never, or a list of success,failure,delay (RFC 3461).</source>
        <translation>Zustellbenachrichtigungen anfordern: never oder eine Liste aus success,failure,delay (RFC 3461).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>full or headers: what a bounce returns.</source>
        <translation>full oder headers: was eine Unzustellbarkeitsnachricht zurückgibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes: the message travels over TLS all the way or is not sent (REQUIRETLS, RFC 8689); no: it carries &quot;TLS-Required: No&quot;. Default: the account&apos;s.</source>
        <translation>yes: die Nachricht reist den ganzen Weg über TLS oder wird nicht gesendet (REQUIRETLS, RFC 8689); no: sie trägt &quot;TLS-Required: No&quot;. Standard: die Einstellung des Kontos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put the message in the outbox and return (epistle outbox flush sends it).</source>
        <translation>Die Nachricht in den Postausgang legen und zurückkehren (epistle outbox flush sendet sie).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When the message is not sent, keep it in the outbox for epistle outbox flush (without it a failed send leaves nothing behind).</source>
        <translation>Wird die Nachricht nicht gesendet, sie für epistle outbox flush im Postausgang behalten (ohne diese Option hinterlässt ein fehlgeschlagener Versand nichts).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send later: keep the message in the outbox until TIME (ISO 8601, e.g. 2025-01-02T14:05 or 2025-01-02T14:05:00+01:00).</source>
        <translation>Später senden: die Nachricht bis TIME im Postausgang behalten (ISO 8601, z. B. 2025-01-02T14:05 oder 2025-01-02T14:05:00+01:00).</translation>
    </message>
    <message>
        <location filename="../../app/cli/testcommand.cpp" line="+24"/>
        <source>Also try MAIL FROM with ADDR (then RSET).</source>
        <translation>Zusätzlich MAIL FROM mit ADDR versuchen (dann RSET).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also try RCPT TO with ADDR (then RSET).</source>
        <translation>Zusätzlich RCPT TO mit ADDR versuchen (dann RSET).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Announce a message of BYTES with MAIL FROM (checks the SIZE limit).</source>
        <translation>Eine Nachricht von BYTES Bytes mit MAIL FROM ankündigen (prüft die SIZE-Grenze).</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <location filename="../../app/cli/accountscommand.cpp" line="-696"/>
        <location filename="../../app/cli/draftscommand.cpp" line="+23"/>
        <location filename="../../app/cli/sendcommand.cpp" line="+394"/>
        <location filename="../../app/cli/sessionoutput.cpp" line="+31"/>
        <location filename="../../app/cli/storecli.cpp" line="+38"/>
        <source>epistle: warning: </source>
        <translation>epistle: Warnung: </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown account &quot;%1&quot;: no account is saved</source>
        <translation>unbekanntes Konto „%1“: es ist kein Konto gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/cli/connectionoptions.cpp" line="+280"/>
        <source>unknown account &quot;%1&quot;; the accounts are: %2</source>
        <translation>unbekanntes Konto „%1“; vorhandene Konten: %2</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>--proxy takes none, system, socks5://HOST:PORT or http://HOST:PORT</source>
        <translation>--proxy nimmt none, system, socks5://HOST:PORT oder http://HOST:PORT</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>--dsn-notify takes default, or success, failure and delay</source>
        <translation>--dsn-notify nimmt default oder success, failure und delay</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--dsn-return takes default, full or headers</source>
        <translation>--dsn-return nimmt default, full oder headers</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>the system keychain cannot keep the password (%1)</source>
        <translation>der Schlüsselbund des Systems kann das Passwort nicht aufbewahren (%1)</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>accounts show takes one account name</source>
        <translation>accounts show nimmt genau einen Kontonamen</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>not needed (auth none)</source>
        <translation>nicht nötig (auth none)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>saved in the system keychain</source>
        <translation>im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not saved (asked for when needed)</source>
        <translation>nicht gespeichert (wird bei Bedarf abgefragt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/cli/oauthcli.cpp" line="+165"/>
        <source>unknown: the system keychain is not available (%1)</source>
        <translation>unbekannt: Der Schlüsselbund des Systems ist nicht verfügbar (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (default)</source>
        <translation> (Standard)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply-To</source>
        <translation>Antwort an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+37"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auth</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EHLO name</source>
        <translation>EHLO-Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trusted cert</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> as %1</source>
        <translation> als %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DSN</source>
        <translation>DSN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notify %1, return %2</source>
        <translation>notify %1, return %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>accounts %1 takes one account name</source>
        <translation>accounts %1 nimmt genau einen Kontonamen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--account does not go with accounts add/edit</source>
        <translation>--account passt nicht zu accounts add/edit</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>say who the mail is from: --from ADDR</source>
        <translation>geben Sie an, von wem die E-Mail kommt: --from ADDR</translation>
    </message>
    <message>
        <location line="-236"/>
        <location filename="../../app/cli/sendcommand.cpp" line="-247"/>
        <source>--require-tls takes yes or no</source>
        <translation>--require-tls nimmt yes oder no</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Require TLS</source>
        <translation>TLS verlangen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes, all the way to the recipient (RFC 8689)</source>
        <translation>ja, bis zum Empfänger (RFC 8689)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in</source>
        <translation>OAuth-Anmeldung</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>say which server: --server HOST[:PORT] --security tls|starttls|none</source>
        <translation>geben Sie den Server an: --server HOST[:PORT] --security tls|starttls|none</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an account named &quot;%1&quot; exists already (epistle accounts edit changes it)</source>
        <translation>ein Konto namens „%1“ existiert bereits (epistle accounts edit ändert es)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>; the account was not changed</source>
        <translation>; das Konto wurde nicht geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; the account was not added. Add it without --password-env/--password-file to be asked for the password each time.</source>
        <translation>; das Konto wurde nicht angelegt. Legen Sie es ohne --password-env/--password-file an, dann wird das Passwort jedes Mal abgefragt.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Changed account &quot;%1&quot;: %2 via %3 (%4)%5%6</source>
        <translation>Konto „%1“ geändert: %2 über %3 (%4)%5%6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added account &quot;%1&quot;: %2 via %3 (%4)%5%6</source>
        <translation>Konto „%1“ angelegt: %2 über %3 (%4)%5%6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, the default</source>
        <translation>, Standardkonto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; password saved in the system keychain</source>
        <translation>; Passwort im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>accounts rename takes the account&apos;s name and its new name</source>
        <translation>accounts rename nimmt den Namen des Kontos und seinen neuen Namen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>„%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>accounts remove takes one account name</source>
        <translation>accounts remove nimmt genau einen Kontonamen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Removed account &quot;%1&quot;.</source>
        <translation>Konto „%1“ entfernt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>epistle: warning: its password could not be removed from the system keychain (%1)</source>
        <translation>epistle: Warnung: Das Passwort konnte nicht aus dem Schlüsselbund des Systems entfernt werden (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is the default account now.</source>
        <translation>„%1“ ist jetzt das Standardkonto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>accounts default takes one account name</source>
        <translation>accounts default nimmt genau einen Kontonamen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is the default account.</source>
        <translation>„%1“ ist das Standardkonto.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Then sign in: epistle accounts login NAME</source>
        <translation>Melden Sie sich dann an: epistle accounts login NAME</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>accounts discover takes one e-mail address</source>
        <translation>accounts discover nimmt genau eine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout takes seconds, more than 0 and at most 120</source>
        <translation>--timeout nimmt Sekunden, mehr als 0 und höchstens 120</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>unknown accounts command &quot;%1&quot;: list, show, add, edit, rename, remove, default, discover or login</source>
        <translation>unbekannter accounts-Befehl „%1“: list, show, add, edit, rename, remove, default, discover oder login</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Then check it: epistle test --account NAME</source>
        <translation>Dann prüfen Sie das Konto: epistle test --account NAME</translation>
    </message>
    <message>
        <location filename="../../app/cli/cliutil.cpp" line="-147"/>
        <source>Try &apos;epistle help&apos; for the commands and options.</source>
        <translation>„epistle help“ zeigt die Befehle und Optionen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/connectionoptions.cpp" line="-147"/>
        <source>--password-env: the environment variable %1 is not set</source>
        <translation>--password-env: Die Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>--server: &quot;%1&quot; is not HOST[:PORT]</source>
        <translation>--server: „%1“ ist nicht HOST[:PORT]</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--security takes tls, starttls or none</source>
        <translation>--security nimmt tls, starttls oder none</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--auth needs a mechanism name</source>
        <translation>--auth braucht den Namen eines Verfahrens</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--fingerprint takes a SHA-256 digest: 64 hex digits</source>
        <translation>--fingerprint nimmt einen SHA-256-Hash: 64 Hexadezimalziffern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--timeout takes seconds, more than 0 and at most 3600</source>
        <translation>--timeout nimmt Sekunden, mehr als 0 und höchstens 3600</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>the accounts cannot be read: %1</source>
        <translation>die Konten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown account &quot;%1&quot;: no account is saved (epistle accounts add)</source>
        <translation>unbekanntes Konto „%1“: es ist kein Konto gespeichert (epistle accounts add)</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>OAuth token</source>
        <translation>OAuth-Token</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>OAuth token for %1 (account %2): </source>
        <translation>OAuth-Token für %1 (Konto %2): </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for %1 (account %2): </source>
        <translation>Passwort für %1 (Konto %2): </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no %1 is saved for account &quot;%2&quot;, and there is no terminal to ask for one: save it with epistle accounts edit &quot;%2&quot; --password-env VAR, or give --password-env VAR / --password-file FILE</source>
        <translation>für das Konto „%2“ ist kein %1 gespeichert, und es gibt kein Terminal, um danach zu fragen: Speichern Sie es mit epistle accounts edit &quot;%2&quot; --password-env VAR, oder geben Sie --password-env VAR / --password-file FILE an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the %1 of account &quot;%2&quot; cannot be read because the system keychain is not available (%3), and there is no terminal to ask for it: give --password-env VAR or --password-file FILE</source>
        <translation>das %1 des Kontos „%2“ kann nicht gelesen werden, weil der Schlüsselbund des Systems nicht verfügbar ist (%3), und es gibt kein Terminal, um danach zu fragen: Geben Sie --password-env VAR oder --password-file FILE an</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>account &quot;%1&quot;: %2</source>
        <translation>Konto „%1“: %2</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Password for %1 at %2: </source>
        <translation>Passwort für %1 auf %2: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--user needs a password: --password-env VAR or --password-file FILE</source>
        <translation>--user braucht ein Passwort: --password-env VAR oder --password-file FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a password was given without --user</source>
        <translation>ein Passwort wurde ohne --user angegeben</translation>
    </message>
    <message>
        <location filename="../../app/cli/draftscommand.cpp" line="-8"/>
        <source>drafts takes: list</source>
        <translation>drafts nimmt: list</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No drafts.</source>
        <translation>Keine Entwürfe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1  %2  to %3  &quot;%4&quot;%5%6</source>
        <translation>%1  %2  an %3  „%4“%5%6</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>  %n attachment(s)</source>
        <translation>
            <numerusform>  %n Anhang</numerusform>
            <numerusform>  %n Anhänge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/messageoptions.cpp" line="+39"/>
        <source>say who the message is from: --from ADDR</source>
        <translation>geben Sie an, von wem die Nachricht kommt: --from ADDR</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>say who receives the message: --to ADDR (or --cc, --bcc)</source>
        <translation>geben Sie an, wer die Nachricht erhält: --to ADDR (oder --cc, --bcc)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give --body or --body-file, not both</source>
        <translation>geben Sie --body oder --body-file an, nicht beides</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--attach: cannot read %1</source>
        <translation>--attach: %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--inline: cannot read %1</source>
        <translation>--inline: %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--inline images need an HTML body (--html-file) that refers to them</source>
        <translation>--inline-Bilder brauchen einen HTML-Text (--html-file), der auf sie verweist</translation>
    </message>
    <message>
        <location filename="../../app/cli/outboxcommand.cpp" line="-192"/>
        <source>Another Epistle is sending it.</source>
        <translation>Ein anderes Epistle sendet sie gerade.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: sent to %2: %3</source>
        <translation>%1: gesendet an %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (refused: %1)</source>
        <translation> (abgelehnt: %1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> (next attempt %1)</source>
        <translation> (nächster Versuch %1)</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+11"/>
        <source> [warning: %1]</source>
        <translation> [Warnung: %1]</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1: copy saved in %2</source>
        <translation>%1: Kopie gespeichert in %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No sent messages.</source>
        <translation>Keine gesendeten Nachrichten.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The outbox is empty.</source>
        <translation>Der Postausgang ist leer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1  %2  to %3  &quot;%4&quot;  %5</source>
        <translation>%1  %2  an %3  „%4“  %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> until %1</source>
        <translation> bis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> for %1</source>
        <translation> für %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  %2  attempts %3  to %4  &quot;%5&quot;</source>
        <translation>%1  %2  Versuche %3  an %4  „%5“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>    problem: %1</source>
        <translation>    Problem: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>    last error: %1</source>
        <translation>    letzter Fehler: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing to send.</source>
        <translation>Nichts zu senden.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>outbox %1 takes one message id</source>
        <translation>outbox %1 nimmt genau eine Nachrichten-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/cli/sendcommand.cpp" line="-85"/>
        <location filename="../../app/cli/testcommand.cpp" line="+31"/>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown outbox action &quot;%1&quot; (list, flush, retry ID, remove ID)</source>
        <translation>unbekannte outbox-Aktion „%1“ (list, flush, retry ID, remove ID)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Removed %1 from the outbox.</source>
        <translation>%1 aus dem Postausgang entfernt.</translation>
    </message>
    <message>
        <location filename="../../app/cli/outgoingmessage.cpp" line="+54"/>
        <location line="+110"/>
        <source>--eml: cannot read %1: %2</source>
        <translation>--eml: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/sendcommand.cpp" line="+243"/>
        <source>the message stays in the outbox as %1 and is tried again from %2 (epistle outbox flush, or epistle outbox retry %1 now)</source>
        <translation>die Nachricht bleibt als %1 im Postausgang und wird ab %2 erneut versucht (epistle outbox flush, oder jetzt gleich epistle outbox retry %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the message stays in the outbox as %1, marked &quot;may have been sent&quot;: it is not sent again on its own; check with the recipients, then epistle outbox retry %1 or epistle outbox remove %1</source>
        <translation>die Nachricht bleibt als %1 im Postausgang, markiert als „möglicherweise gesendet“: Sie wird nicht von selbst erneut gesendet; fragen Sie bei den Empfängern nach, dann epistle outbox retry %1 oder epistle outbox remove %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the message stays in the outbox as %1 (%2); epistle outbox retry %1 sends it again, epistle outbox remove %1 drops it</source>
        <translation>die Nachricht bleibt als %1 im Postausgang (%2); epistle outbox retry %1 sendet sie erneut, epistle outbox remove %1 verwirft sie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>. Warning: </source>
        <translation>. Warnung: </translation>
    </message>
    <message>
        <location line="-255"/>
        <source>--output goes with --dry-run</source>
        <translation>--output gehört zu --dry-run</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--send-at takes an ISO 8601 time, e.g. 2025-01-02T14:05</source>
        <translation>--send-at nimmt eine Zeit nach ISO 8601, z. B. 2025-01-02T14:05</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--dry-run does not send or queue; leave out --queue and --send-at</source>
        <translation>--dry-run sendet nicht und stellt nichts in die Warteschlange; lassen Sie --queue und --send-at weg</translation>
    </message>
    <message>
        <location filename="../../app/cli/outgoingmessage.cpp" line="-120"/>
        <location line="+18"/>
        <location line="+13"/>
        <source>--eml: cannot keep the message from %1 in a temporary file: %2</source>
        <translation>--eml: Die temporäre Datei für %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>--eml: %1 was empty: there is no message to send</source>
        <translation>--eml: %1 war leer: Es gibt keine Nachricht zu senden</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>standard input</source>
        <translation>die Standardeingabe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--eml: %1 has no blank line after its header fields within the first 1 MiB; it does not look like a message</source>
        <translation>--eml: %1 hat innerhalb des ersten MiB keine Leerzeile nach den Kopfzeilen; es sieht nicht nach einer Nachricht aus</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>--eml: the message names no sender or no recipients; give --from and --to</source>
        <translation>--eml: Die Nachricht nennt keinen Absender oder keine Empfänger; geben Sie --from und --to an</translation>
    </message>
    <message>
        <location filename="../../app/cli/sendcommand.cpp" line="+10"/>
        <source>--dry-run composes a message; with --eml there is nothing to compose</source>
        <translation>--dry-run stellt eine Nachricht zusammen; mit --eml gibt es nichts zusammenzustellen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>--dsn-return takes full or headers</source>
        <translation>--dsn-return nimmt full oder headers</translation>
    </message>
    <message>
        <location line="+327"/>
        <source>the outbox cannot be used, so nothing was sent: %1</source>
        <translation>der Postausgang kann nicht verwendet werden, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>Queued as %1, to be sent at %2 (epistle outbox flush sends what is due)</source>
        <translation>Als %1 in die Warteschlange gestellt, wird um %2 gesendet (epistle outbox flush sendet, was fällig ist)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued as %1 (epistle outbox flush sends it)</source>
        <translation>Als %1 in die Warteschlange gestellt (epistle outbox flush sendet sie)</translation>
    </message>
    <message>
        <location line="+272"/>
        <source>%1 The message stays in the outbox as %2.</source>
        <translation>%1 Die Nachricht bleibt als %2 im Postausgang.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The message was not sent; it stays in the outbox as %1.</source>
        <translation>Die Nachricht wurde nicht gesendet; sie bleibt als %1 im Postausgang.</translation>
    </message>
    <message>
        <location line="-400"/>
        <source>--dry-run sends nothing, so there is nothing to keep; leave out --keep-on-failure</source>
        <translation>--dry-run sendet nichts, also gibt es nichts aufzubewahren; --keep-on-failure weglassen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--eml sends the message as it is: --%1 cannot change it (only the envelope can: --from, --to, --cc, --bcc)</source>
        <translation>--eml sendet die Nachricht unverändert: --%1 kann sie nicht ändern (nur der Umschlag lässt sich ändern: --from, --to, --cc, --bcc)</translation>
    </message>
    <message>
        <location line="+262"/>
        <source>The message was not sent.</source>
        <translation>Die Nachricht wurde nicht gesendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>epistle: warning: %1</source>
        <translation>epistle: Warnung: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>epistle: warning: %1 was refused: %2</source>
        <translation>epistle: Warnung: %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>epistle: note: the message stays in the outbox as %1 for the recipients refused for now (epistle outbox flush tries again)</source>
        <translation>epistle: Hinweis: Für die vorerst abgelehnten Empfänger bleibt die Nachricht als %1 im Postausgang (epistle outbox flush versucht es erneut)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sent to %1: %2</source>
        <translation>Gesendet an %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/storecli.cpp" line="-11"/>
        <source>epistle: note: the outbox message %1 was being sent when Epistle stopped and may have been delivered; it is not sent again on its own (epistle outbox retry %1 sends it again, epistle outbox remove %1 drops it)</source>
        <translation>epistle: Hinweis: Die Nachricht %1 im Postausgang wurde gerade gesendet, als Epistle beendet wurde, und wurde möglicherweise zugestellt; sie wird nicht von selbst erneut gesendet (epistle outbox retry %1 sendet sie erneut, epistle outbox remove %1 verwirft sie)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>epistle: note: the outbox message %1 was interrupted before it was sent; it is queued again</source>
        <translation>epistle: Hinweis: Die Nachricht %1 im Postausgang wurde unterbrochen, bevor sie gesendet war; sie ist wieder in der Warteschlange</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The message names no account and no server; give the connection options (--server ... or --account NAME).</source>
        <translation>Die Nachricht nennt weder ein Konto noch einen Server; geben Sie die Verbindungsoptionen an (--server ... oder --account NAME).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The message was queued with --password-env %1, and %1 is not set now.</source>
        <translation>Die Nachricht wurde mit --password-env %1 in die Warteschlange gestellt, und %1 ist jetzt nicht gesetzt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The message was queued with --password-file: %1</source>
        <translation>Die Nachricht wurde mit --password-file in die Warteschlange gestellt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message logs in as %1 but no password source was stored; give --password-env or --password-file with the connection options.</source>
        <translation>Die Nachricht meldet sich als %1 an, aber es wurde keine Quelle für das Passwort gespeichert; geben Sie --password-env oder --password-file mit den Verbindungsoptionen an.</translation>
    </message>
    <message>
        <location filename="../../app/cli/testcommand.cpp" line="+16"/>
        <source>--size takes a number of bytes</source>
        <translation>--size nimmt eine Anzahl von Bytes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--size needs --from (it is announced with MAIL FROM)</source>
        <translation>--size braucht --from (die Größe wird mit MAIL FROM angekündigt)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>To trust this certificate for this server: --fingerprint %1</source>
        <translation>Um diesem Zertifikat für diesen Server zu vertrauen: --fingerprint %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested: --security %1 --server %2:%3</source>
        <translation>Vorschlag: --security %1 --server %2:%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suggested: --user NAME with --password-env VARIABLE or --password-file FILE</source>
        <translation>Vorschlag: --user NAME mit --password-env VARIABLE oder --password-file FILE</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>epistle: the server refused the access token; refreshing it and testing again</source>
        <translation>epistle: Der Server hat das Zugriffstoken abgelehnt; es wird erneuert und der Test wiederholt</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>All steps passed.</source>
        <translation>Alle Schritte bestanden.</translation>
    </message>
    <message>
        <location filename="../../app/cli/oauthcli.cpp" line="-143"/>
        <source>--oauth takes google, microsoft, custom or none</source>
        <translation>--oauth nimmt google, microsoft, custom oder none</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 goes with --oauth google|microsoft|custom</source>
        <translation>--%1 gehört zu --oauth google|microsoft|custom</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--oauth-client-secret-env: the environment variable %1 is not set</source>
        <translation>--oauth-client-secret-env: Die Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the system keychain cannot keep the OAuth client secret (%1)</source>
        <translation>der Schlüsselbund des Systems kann das OAuth-Client-Geheimnis nicht aufbewahren (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in again with: epistle accounts login &quot;%1&quot;</source>
        <translation>Melden Sie sich erneut an mit: epistle accounts login &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>signed in with %1 as %2 (since %3)</source>
        <translation>bei %1 angemeldet als %2 (seit %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sign-in expired: %1 Sign in again with: %2</source>
        <translation>Anmeldung abgelaufen: %1 Melden Sie sich erneut an mit: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not signed in to %1 yet (%2)</source>
        <translation>noch nicht bei %1 angemeldet (%2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no browser could be started (xdg-open); open the address yourself</source>
        <translation>es konnte kein Browser gestartet werden (xdg-open); öffnen Sie die Adresse selbst</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>accounts login takes one account name</source>
        <translation>accounts login nimmt einen Kontonamen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout takes seconds, from 1 to 3600</source>
        <translation>--timeout nimmt Sekunden, von 1 bis 3600</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--redirect-port takes a port number</source>
        <translation>--redirect-port nimmt eine Portnummer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown account &quot;%1&quot;</source>
        <translation>unbekanntes Konto „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>account &quot;%1&quot; does not sign in with OAuth; set it up with epistle accounts edit &quot;%1&quot; --auth xoauth2 --oauth google|microsoft|custom</source>
        <translation>Konto „%1“ meldet sich nicht mit OAuth an; richten Sie es ein mit epistle accounts edit &quot;%1&quot; --auth xoauth2 --oauth google|microsoft|custom</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Open this address in a browser to sign in: %1</source>
        <translation>Öffnen Sie diese Adresse in einem Browser, um sich anzumelden: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>signed in, but the system keychain cannot keep the sign-in (%1); nothing was saved</source>
        <translation>angemeldet, aber der Schlüsselbund des Systems kann die Anmeldung nicht aufbewahren (%1); es wurde nichts gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 gave no refresh token: this sign-in lasts until the access token expires</source>
        <translation>%1 hat kein Refresh-Token geliefert: Diese Anmeldung gilt nur, bis das Zugriffstoken abläuft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/imapcli.cpp" line="-60"/>
        <source>--imap-server: &quot;%1&quot; is not HOST[:PORT]</source>
        <translation>--imap-server: „%1“ ist nicht HOST[:PORT]</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--imap-password-env: the environment variable %1 is not set</source>
        <translation>--imap-password-env: Die Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>say which IMAP server keeps the copies: --imap-server HOST[:PORT]</source>
        <translation>geben Sie an, welcher IMAP-Server die Kopien aufbewahrt: --imap-server HOST[:PORT]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--imap-security takes tls or starttls</source>
        <translation>--imap-security nimmt tls oder starttls</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--sent-folder takes auto, none or a folder name</source>
        <translation>--sent-folder nimmt auto, none oder einen Ordnernamen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the IMAP login is the SMTP login, so the SMTP password is used; --imap-password-env/--imap-password-file go with another --imap-user</source>
        <translation>die IMAP-Anmeldung ist die SMTP-Anmeldung, daher wird das SMTP-Passwort verwendet; --imap-password-env/--imap-password-file gehören zu einem anderen --imap-user</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the system keychain cannot keep the IMAP password (%1)</source>
        <translation>der Schlüsselbund des Systems kann das IMAP-Passwort nicht aufbewahren (%1)</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+13"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Sent copy</source>
        <translation>Gesendet-Kopie</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>not saved (no IMAP server)</source>
        <translation>nicht gespeichert (kein IMAP-Server)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IMAP server</source>
        <translation>IMAP-Server</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IMAP login</source>
        <translation>IMAP-Anmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (the SMTP password)</source>
        <translation>%1 (das SMTP-Passwort)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in the server&apos;s Sent folder</source>
        <translation>im Gesendet-Ordner des Servers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in the folder &quot;%1&quot;</source>
        <translation>im Ordner „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not saved</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No IMAP password is saved for %1 (epistle accounts edit %2 --imap-password-env VAR saves one).</source>
        <translation>Für %1 ist kein IMAP-Passwort gespeichert (epistle accounts edit %2 --imap-password-env VAR speichert eines).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The account the message was sent from no longer exists.</source>
        <translation>Das Konto, von dem die Nachricht gesendet wurde, existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>epistle: warning: the message was sent, but its copy was not saved in the Sent folder: %1</source>
        <translation>epistle: Warnung: Die Nachricht wurde gesendet, aber ihre Kopie wurde nicht im Gesendet-Ordner gespeichert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>epistle: note: the copy is tried again on its own (epistle outbox flush tries it now); the message is not sent again</source>
        <translation>epistle: Hinweis: Das Speichern der Kopie wird später von selbst erneut versucht (epistle outbox flush versucht es jetzt); die Nachricht wird nicht erneut gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>epistle: note: the message is not sent again; once the cause is fixed, epistle outbox flush tries the copy again</source>
        <translation>epistle: Hinweis: Die Nachricht wird nicht erneut gesendet; sobald die Ursache behoben ist, versucht epistle outbox flush die Kopie erneut zu speichern</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Suggested: --imap-security %1 --imap-server %2:%3</source>
        <translation>Vorschlag: --imap-security %1 --imap-server %2:%3</translation>
    </message>
    <message>
        <location filename="../../app/cli/sendmailcommand.cpp" line="+66"/>
        <source>epistle sendmail does not take --%1</source>
        <translation>epistle sendmail nimmt kein --%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--%1 needs a value</source>
        <translation>--%1 braucht einen Wert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>-%1 needs a value</source>
        <translation>-%1 braucht einen Wert</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>epistle sendmail does not know the flag %1 (it takes -t, -f ADDR, -a ACCOUNT, -N, -R, and ignores -i, -o..., -B, -F, -V, -e)</source>
        <translation>epistle sendmail kennt den Schalter %1 nicht (es nimmt -t, -f ADDR, -a ACCOUNT, -N, -R und übergeht -i, -o..., -B, -F, -V, -e)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give the recipients as arguments or -t, not both</source>
        <translation>die Empfänger als Argumente oder -t angeben, nicht beides</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no recipients: name them as arguments, or give -t to take them from the message&apos;s To, Cc and Bcc fields</source>
        <translation>keine Empfänger: als Argumente nennen oder mit -t aus den Kopfzeilen To, Cc und Bcc der Nachricht nehmen</translation>
    </message>
</context>
<context>
    <name>CommandReference</name>
    <message>
        <location filename="../../app/cli/cli.cpp" line="+39"/>
        <source>unknown command &quot;%1&quot; (the commands: %2)</source>
        <translation>unbekannter Befehl „%1“ (die Befehle: %2)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandreference.cpp" line="+25"/>
        <source>Send a message.</source>
        <translation>Eine Nachricht senden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Composes a message from the message options, or takes a prepared one with --eml, and sends it through the SMTP server the connection options name. Without --account or --server the default account is used.

Every message goes through the outbox, the same one the composer window uses: it is put there first, then sent at once. When sending fails, standard error says what the server replied; the exit code says the rest, so the message is taken out of the outbox again, unless --keep-on-failure keeps it there for epistle outbox flush. A message that may have been delivered (the connection broke after its last byte left) always stays, marked so, and is never sent again on its own: check with the recipients, then epistle outbox retry ID or epistle outbox remove ID. --queue leaves the message in the outbox (epistle outbox flush sends it), --send-at keeps it there until the given time, and --dry-run writes the composed message instead of sending it.</source>
        <translation>Stellt eine Nachricht aus den Nachrichtenoptionen zusammen oder nimmt mit --eml eine fertige und sendet sie über den SMTP-Server, den die Verbindungsoptionen nennen. Ohne --account oder --server wird das Standardkonto verwendet.

Jede Nachricht geht durch den Postausgang, denselben, den auch das Editorfenster verwendet: Sie wird zuerst dort abgelegt und dann sofort gesendet. Schlägt das Senden fehl, steht in der Standardfehlerausgabe, was der Server geantwortet hat; den Rest sagt der Rückgabewert, deshalb wird die Nachricht wieder aus dem Postausgang genommen, es sei denn, --keep-on-failure behält sie dort für epistle outbox flush. Eine Nachricht, die möglicherweise zugestellt wurde (die Verbindung brach ab, nachdem ihr letztes Byte abgeschickt war), bleibt immer dort, als solche markiert, und wird nie von selbst erneut gesendet: Fragen Sie bei den Empfängern nach, dann epistle outbox retry ID oder epistle outbox remove ID. --queue lässt die Nachricht im Postausgang (epistle outbox flush sendet sie), --send-at behält sie dort bis zur angegebenen Zeit, und --dry-run schreibt die zusammengestellte Nachricht aus, statt sie zu senden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Check a server&apos;s settings step by step without sending.</source>
        <translation>Die Einstellungen eines Servers Schritt für Schritt prüfen, ohne zu senden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connects to the server and runs each step a send would: the connection, TLS (the certificate checked against the server&apos;s name), EHLO, STARTTLS, the login; with --from and --rcpt also MAIL FROM and RCPT TO, then RSET, so nothing is sent. Each step is printed with the server&apos;s reply and how long it took; a step that fails comes with a diagnosis and what to change. The exit status is 0 when every step passed, otherwise that of the first step that failed.</source>
        <translation>Verbindet sich mit dem Server und führt jeden Schritt aus, den auch das Senden ausführt: die Verbindung, TLS (das Zertifikat wird gegen den Namen des Servers geprüft), EHLO, STARTTLS, die Anmeldung; mit --from und --rcpt auch MAIL FROM und RCPT TO, danach RSET, sodass nichts gesendet wird. Jeder Schritt wird mit der Antwort des Servers und seiner Dauer ausgegeben; ein fehlgeschlagener Schritt kommt mit einer Diagnose und dem, was zu ändern ist. Der Rückgabewert ist 0, wenn jeder Schritt bestanden wurde, sonst der des ersten fehlgeschlagenen Schritts.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Manage the saved accounts.</source>
        <translation>Die gespeicherten Konten verwalten.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>List the accounts; * marks the default one.</source>
        <translation>Die Konten auflisten; * kennzeichnet das Standardkonto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show an account&apos;s settings, and whether its password is saved (never the password).</source>
        <translation>Die Einstellungen eines Kontos anzeigen, und ob sein Passwort gespeichert ist (nie das Passwort selbst).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a new account; --server and --security are needed, the rest is optional.</source>
        <translation>Ein neues Konto speichern; --server und --security sind nötig, der Rest ist optional.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change an account; what is not given keeps its value. The same options as add.</source>
        <translation>Ein Konto ändern; was nicht angegeben ist, behält seinen Wert. Dieselben Optionen wie add.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give an account another name.</source>
        <translation>Ein Konto umbenennen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove an account, and its password from the system keychain.</source>
        <translation>Ein Konto entfernen, und sein Passwort aus dem Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make an account the default one.</source>
        <translation>Ein Konto zum Standardkonto machen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find the server settings for an e-mail address: DNS SRV records (RFC 6186), the provider&apos;s autoconfig file, the settings of large providers Epistle knows, then a probe of the usual server names; prints the command that saves the best.</source>
        <translation>Die Server-Einstellungen für eine E-Mail-Adresse suchen: DNS-SRV-Einträge (RFC 6186), die Autoconfig-Datei des Anbieters, die Einstellungen großer Anbieter, die Epistle kennt, dann eine Probe der üblichen Servernamen; gibt den Befehl aus, der die besten speichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign an OAuth 2 account in (one added with --oauth google|microsoft|custom): prints &quot;Open this address in a browser to sign in: URL&quot; on standard error, opens the browser unless --no-browser, waits for the provider&apos;s answer on 127.0.0.1 (5 minutes unless --timeout), then keeps the refresh token in the system keychain and prints &quot;Signed in as ADDR&quot;. Exit 77 when the provider refuses, 75 when no answer comes in time. send and test then refresh the access token as needed; a sign-in the provider revoked ends with exit 77 and the login command to run again.</source>
        <translation>Ein OAuth-2-Konto anmelden (eines, das mit --oauth google|microsoft|custom angelegt wurde): gibt „Öffnen Sie diese Adresse in einem Browser, um sich anzumelden: URL“ auf der Standardfehlerausgabe aus, öffnet den Browser, außer mit --no-browser, wartet auf 127.0.0.1 auf die Antwort des Anbieters (5 Minuten, sofern nicht --timeout), bewahrt dann das Refresh-Token im Schlüsselbund des Systems auf und gibt „Angemeldet als ADDR“ aus. Rückgabewert 77, wenn der Anbieter ablehnt, 75, wenn keine Antwort rechtzeitig kommt. send und test erneuern danach das Zugriffstoken nach Bedarf; eine Anmeldung, die der Anbieter widerrufen hat, endet mit Rückgabewert 77 und dem erneut auszuführenden login-Befehl.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>List, send or remove the messages waiting to be sent.</source>
        <translation>Die Nachrichten, die auf das Senden warten, auflisten, senden oder entfernen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outbox holds the messages that are queued, waiting for another try after a temporary failure, or that may have been sent already. It is shared with the composer window. ID is a message&apos;s id as list shows it, or a part of it that names one message. The connection options of flush and retry replace the account a message was queued with.</source>
        <translation>Der Postausgang enthält die Nachrichten, die in der Warteschlange stehen, nach einem vorübergehenden Fehler auf einen neuen Versuch warten oder möglicherweise schon gesendet wurden. Das Editorfenster verwendet denselben Postausgang. ID ist die ID einer Nachricht, wie list sie zeigt, oder ein Teil davon, der genau eine Nachricht bezeichnet. Die Verbindungsoptionen von flush und retry ersetzen das Konto, mit dem eine Nachricht in die Warteschlange gestellt wurde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List the outbox (with --sent: the sent messages and their delivery reports).</source>
        <translation>Den Postausgang auflisten (mit --sent: die gesendeten Nachrichten und ihre Zustellberichte).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send one message now, also one that may have been sent: the person&apos;s decision.</source>
        <translation>Eine Nachricht jetzt senden, auch eine, die möglicherweise schon gesendet wurde: Das entscheiden Sie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drop a message from the outbox.</source>
        <translation>Eine Nachricht aus dem Postausgang verwerfen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List the drafts the composer saved.</source>
        <translation>Die vom Editor gespeicherten Entwürfe auflisten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafts save themselves while a message is written in the composer window; a draft is closed, open in a window, or recoverable (its window was closed by a crash: the next start offers it back).</source>
        <translation>Entwürfe speichern sich selbst, während eine Nachricht im Editorfenster geschrieben wird; ein Entwurf ist geschlossen, in einem Fenster geöffnet oder wiederherstellbar (sein Fenster wurde durch einen Absturz geschlossen: Der nächste Start bietet ihn wieder an).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the drafts, newest first.</source>
        <translation>Die Entwürfe auflisten, die neuesten zuerst.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the commands, or a command&apos;s options.</source>
        <translation>Die Befehle anzeigen, oder die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a command: the commands and what they do. With one: its synopsis and every option it takes; epistle COMMAND --help says the same. --man and --completion write this manual page and the shell completions (the build installs them).</source>
        <translation>Ohne Befehl: die Befehle und was sie tun. Mit einem Befehl: seine Syntax und jede Option, die er nimmt; epistle COMMAND --help sagt dasselbe. --man und --completion schreiben diese Handbuchseite und die Shell-Vervollständigungen (der Build installiert sie).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connection options</source>
        <translation>Verbindungsoptionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to reach the SMTP server: a saved account (--account), or a server given in full (--server and --security, with --user and a password source for a login). Options given with --account replace that account&apos;s settings for this run; without --account or --server the default account is used.

A password never comes from the command line itself: it comes from --password-env, --password-file, the system keychain (saved accounts) or a prompt on the terminal. --security starttls requires STARTTLS: Epistle never falls back to plain text. Certificates are checked against the server&apos;s name; --ca-file and --fingerprint add trust, nothing turns the check off. No password is sent before TLS, except to a server on this machine.</source>
        <translation>Wie der SMTP-Server erreicht wird: über ein gespeichertes Konto (--account) oder einen vollständig angegebenen Server (--server und --security, für eine Anmeldung mit --user und einer Quelle für das Passwort). Zusammen mit --account angegebene Optionen ersetzen für diesen Aufruf die Einstellungen des Kontos; ohne --account oder --server wird das Standardkonto verwendet.

Ein Passwort kommt nie von der Befehlszeile selbst, sondern aus --password-env, --password-file, dem Schlüsselbund des Systems (gespeicherte Konten) oder einer Abfrage im Terminal. --security starttls verlangt STARTTLS: Epistle weicht nie auf eine unverschlüsselte Verbindung aus. Zertifikate werden gegen den Namen des Servers geprüft; --ca-file und --fingerprint fügen Vertrauen hinzu, nichts schaltet die Prüfung ab. Vor TLS wird kein Passwort gesendet, außer an einen Server auf diesem Rechner.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Message options</source>
        <translation>Nachrichtenoptionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to send: the sender, the recipients, the subject and the text, with attachments and inline images; or a prepared message (--eml), sent as it is but for its Bcc header fields, with the envelope from --from and --to or else from its headers. Addresses are written addr or &quot;Name &lt;addr&gt;&quot;; --to, --cc and --bcc also take comma-separated lists. Bcc recipients never appear in the headers.</source>
        <translation>Was gesendet wird: der Absender, die Empfänger, der Betreff und der Text, mit Anhängen und eingebetteten Bildern; oder eine fertige Nachricht (--eml), die bis auf ihre Bcc-Kopfzeilen unverändert gesendet wird, mit dem Umschlag aus --from und --to oder sonst aus ihren Kopfzeilen. Adressen werden als addr oder &quot;Name &lt;addr&gt;&quot; geschrieben; --to, --cc und --bcc nehmen auch durch Kommas getrennte Listen. Bcc-Empfänger erscheinen nie in den Kopfzeilen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Output options</source>
        <translation>Ausgabeoptionen</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>An account is a saved set of connection options with a sender address and a few extras (display name, Reply-To, signature, proxy, delivery notifications); send and test use one with --account NAME, and the default one when neither --account nor --server is given. The composer window shows the same accounts. NAME is the account&apos;s name or its id.

Passwords and OAuth tokens go to the system keychain (Secret Service or KWallet), never to a file: add and edit store the one given with --password-env or --password-file there.

Google and Microsoft accounts sign in with OAuth 2 instead of a password: add the account with --auth xoauth2 --oauth google (or microsoft, or custom with --oauth-authorize-url, --oauth-token-url and --oauth-scope), then run accounts login NAME once. The OAuth client id comes from --oauth-client-id, else from the one built into this package, else from the provider file; a client secret, where the provider needs one, from the environment variable --oauth-client-secret-env names (kept in the keychain).

With --imap-server, every message the account sends is also saved in the Sent folder of that IMAP server, once the SMTP server accepted it: the folder the server marks as Sent (or a well-known name), the one --sent-folder names, or none with --sent-folder none. The IMAP login and password are the SMTP ones unless --imap-user names another login (whose password --imap-password-env or --imap-password-file puts in the keychain).</source>
        <translation>Ein Konto ist ein gespeicherter Satz von Verbindungsoptionen mit einer Absenderadresse und einigen Extras (Anzeigename, Reply-To, Signatur, Proxy, Zustellbenachrichtigungen); send und test verwenden eines mit --account NAME, und das Standardkonto, wenn weder --account noch --server angegeben ist. Das Editorfenster zeigt dieselben Konten. NAME ist der Name des Kontos oder seine ID.

Passwörter und OAuth-Tokens kommen in den Schlüsselbund des Systems (Secret Service oder KWallet), nie in eine Datei: add und edit legen dort das mit --password-env oder --password-file angegebene ab.

Google- und Microsoft-Konten melden sich mit OAuth 2 statt mit einem Passwort an: Fügen Sie das Konto mit --auth xoauth2 --oauth google hinzu (oder microsoft, oder custom mit --oauth-authorize-url, --oauth-token-url und --oauth-scope) und führen Sie dann einmal accounts login NAME aus. Die OAuth-Client-ID kommt aus --oauth-client-id, sonst aus der in dieses Paket eingebauten, sonst aus der Anbieterdatei; ein Client-Secret, wo der Anbieter eines braucht, aus der Umgebungsvariablen, die --oauth-client-secret-env nennt (im Schlüsselbund aufbewahrt).

Mit --imap-server wird jede Nachricht, die das Konto sendet, zusätzlich im Gesendet-Ordner dieses IMAP-Servers gespeichert, sobald der SMTP-Server sie angenommen hat: in dem Ordner, den der Server als Gesendet kennzeichnet (oder einem gängigen Namen), in dem, den --sent-folder nennt, oder in keinem mit --sent-folder none. Anmeldung und Passwort für IMAP sind die von SMTP, außer --imap-user nennt eine andere Anmeldung (deren Passwort --imap-password-env oder --imap-password-file in den Schlüsselbund legt).</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Send the message on standard input, called as sendmail or msmtp is.</source>
        <translation>Die Nachricht von der Standardeingabe senden, aufgerufen wie sendmail oder msmtp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For mail programs that hand a message to sendmail or msmtp: git send-email --sendmail-cmd=&quot;epistle sendmail&quot;, mutt&apos;s set sendmail=&quot;epistle sendmail -a work&quot;. The message is read from standard input and sent as it is, like epistle send --eml -: the recipients are the arguments, or with -t the message&apos;s To, Cc and Bcc fields (not both); the sender is -f ADDR, else the message&apos;s From field; -a ACCOUNT is --account. -N and -R ask for delivery notifications (--dsn-notify, --dsn-return; hdrs means headers). -i, -o..., -B, -F, -V and -e are accepted and ignored: the message is always read to its end, as msmtp reads it. The outbox, its keep rule and the exit codes are send&apos;s.</source>
        <translation>Für Mailprogramme, die eine Nachricht an sendmail oder msmtp übergeben: git send-email --sendmail-cmd="epistle sendmail", in mutt set sendmail="epistle sendmail -a work". Die Nachricht wird von der Standardeingabe gelesen und unverändert gesendet, wie mit epistle send --eml -: Die Empfänger sind die Argumente, oder mit -t die Kopfzeilen To, Cc und Bcc der Nachricht (nicht beides); der Absender ist -f ADDR, sonst die From-Zeile der Nachricht; -a ACCOUNT ist --account. -N und -R fordern Zustellbenachrichtigungen an (--dsn-notify, --dsn-return; hdrs heißt headers). -i, -o..., -B, -F, -V und -e werden angenommen und übergangen: Die Nachricht wird immer bis zu ihrem Ende gelesen, wie msmtp sie liest. Der Postausgang, seine Aufbewahrungsregel und die Exit-Codes sind die von send.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Send every message that is due, first in first out, one connection per account; then save the copies still owed to the IMAP servers&apos; Sent folders.</source>
        <translation>Jede fällige Nachricht senden, in der Reihenfolge des Eingangs, eine Verbindung pro Konto; danach die Kopien speichern, die noch in den Gesendet-Ordnern der IMAP-Server fehlen.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The transcript of --trace has a C: line for each command and an S: line for each reply, with passwords and tokens redacted. The JSON object of --json (one line) says ok, the server and its TLS session, each recipient&apos;s result, each step with its reply and time, the round trips and bytes sent, and the error: its step, reply code, enhanced status code and message; with an account that keeps copies, sentCopy says whether the copy is in the IMAP server&apos;s Sent folder (ok, folder, uid) or what went wrong (the message itself is never sent again for it; outbox flush tries the copy again).</source>
        <translation>Der Mitschnitt von --trace hat eine C:-Zeile für jeden Befehl und eine S:-Zeile für jede Antwort, mit unkenntlich gemachten Passwörtern und Tokens. Das JSON-Objekt von --json (eine Zeile) nennt ok, den Server und seine TLS-Sitzung, das Ergebnis für jeden Empfänger, jeden Schritt mit seiner Antwort und Dauer, die Roundtrips und gesendeten Bytes sowie den Fehler: seinen Schritt, Antwortcode, erweiterten Statuscode und die Meldung; bei einem Konto, das Kopien aufbewahrt, sagt sentCopy, ob die Kopie im Gesendet-Ordner des IMAP-Servers liegt (ok, folder, uid) oder was schiefging (die Nachricht selbst wird deswegen nie erneut gesendet; outbox flush versucht die Kopie erneut).</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>write and send mail through your own SMTP accounts</source>
        <translation>E-Mails über Ihre eigenen SMTP-Konten schreiben und senden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Epistle is a mail composer for the desktop with a dependable SMTP engine. Started without a command, or with a mailto: URL (as the desktop does when a mail link is clicked), it opens the composer window. With a command it works without a window, the way msmtp and swaks are used: it sends a message, checks a server&apos;s settings step by step, manages the saved accounts, and shows the outbox and the drafts it shares with the composer window.

What Epistle says is what the server replied: a message is reported sent only when the server accepted it with a definite 2xx reply, and one that may have been delivered is named so and never sent twice on its own.</source>
        <translation>Epistle ist ein E-Mail-Editor für die Arbeitsumgebung mit einer verlässlichen SMTP-Engine. Ohne Befehl gestartet oder mit einer mailto:-URL (wie es die Arbeitsumgebung beim Klick auf einen E-Mail-Link tut), öffnet es das Editorfenster. Mit einem Befehl arbeitet es ohne Fenster, so wie msmtp und swaks verwendet werden: Es sendet eine Nachricht, prüft die Einstellungen eines Servers Schritt für Schritt, verwaltet die gespeicherten Konten und zeigt den Postausgang und die Entwürfe, die es mit dem Editorfenster teilt.

Was Epistle sagt, ist, was der Server geantwortet hat: Eine Nachricht wird nur dann als gesendet gemeldet, wenn der Server sie mit einer eindeutigen 2xx-Antwort angenommen hat, und eine, die möglicherweise zugestellt wurde, wird so genannt und nie von selbst ein zweites Mal gesendet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open the composer window.</source>
        <translation>Das Editorfenster öffnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the composer filled in from a mailto: URL (RFC 6068: to, cc, bcc, subject, body; files named by attach= are listed and must be confirmed before sending).</source>
        <translation>Den Editor öffnen, ausgefüllt aus einer mailto:-URL (RFC 6068: to, cc, bcc, subject, body; mit attach= genannte Dateien werden aufgelistet und müssen vor dem Senden bestätigt werden).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Success: the server accepted the message, every step of the test passed, or the command did what it was asked.</source>
        <translation>Erfolg: Der Server hat die Nachricht angenommen, jeder Schritt des Tests wurde bestanden, oder der Befehl hat getan, was verlangt war.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage error: an unknown command or option, a missing or malformed value, options that do not go together.</source>
        <translation>Aufruffehler: ein unbekannter Befehl oder eine unbekannte Option, ein fehlender oder fehlerhafter Wert, Optionen, die nicht zusammenpassen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>usage</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the message, its sender or every recipient (a 5xx reply), or the message cannot be built as given.</source>
        <translation>Der Server hat die Nachricht, ihren Absender oder alle Empfänger abgelehnt (eine 5xx-Antwort), oder die Nachricht lässt sich so, wie angegeben, nicht erstellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file to read cannot be read, or no outbox message has the given ID.</source>
        <translation>Eine zu lesende Datei kann nicht gelesen werden, oder keine Nachricht im Postausgang hat die angegebene ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot be reached or refuses service: unknown host, connection refused, TLS handshake failed, STARTTLS not offered, greeting or EHLO refused; also a discovery that found nothing.</source>
        <translation>Der Server ist nicht erreichbar oder verweigert den Dienst: unbekannter Host, Verbindung abgelehnt, TLS-Handshake fehlgeschlagen, STARTTLS nicht angeboten, Begrüßung oder EHLO abgelehnt; auch eine Suche nach Einstellungen, die nichts gefunden hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unavailable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An internal error.</source>
        <translation>Ein interner Fehler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internal error</source>
        <translation>interner Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file cannot be written: the --output file, the outbox, or the accounts file.</source>
        <translation>Eine Datei kann nicht geschrieben werden: die Datei von --output, der Postausgang oder die Kontendatei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write</source>
        <translation>nicht schreibbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporary failure: a 4xx reply, a timeout, a lost connection; also a message that may have been sent (the connection broke after its end had left). Trying again later may work.</source>
        <translation>Vorübergehender Fehler: eine 4xx-Antwort, ein überschrittenes Zeitlimit, eine verlorene Verbindung; auch eine Nachricht, die möglicherweise gesendet wurde (die Verbindung brach ab, nachdem ihr Ende abgeschickt war). Ein späterer Versuch kann gelingen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>temporary failure</source>
        <translation>vorübergehender Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol error: the server broke the protocol (malformed or unsolicited replies, data injected before TLS).</source>
        <translation>Protokollfehler: Der Server hat das Protokoll verletzt (fehlerhafte oder unaufgeforderte Antworten, vor TLS eingeschleuste Daten).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>protocol error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication failed: the login was refused, the server&apos;s SCRAM signature did not verify, or an OAuth sign-in has expired or been revoked.</source>
        <translation>Authentifizierung fehlgeschlagen: Die Anmeldung wurde abgelehnt, die SCRAM-Signatur des Servers war nicht gültig, oder eine OAuth-Anmeldung ist abgelaufen oder wurde widerrufen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configuration error: an unknown account, a certificate that is not trusted, the wrong security mode for the port, an unusable accounts file, no password to be had.</source>
        <translation>Konfigurationsfehler: ein unbekanntes Konto, ein nicht vertrauenswürdiges Zertifikat, die falsche Verbindungssicherheit für den Port, eine unbrauchbare Kontendatei, kein Passwort zu bekommen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Append every SMTP session, of the window and of the command line, to FILE as C: and S: lines (the format of --trace), with passwords and tokens redacted.</source>
        <translation>Jede SMTP-Sitzung, des Fensters wie der Befehlszeile, als C:- und S:-Zeilen (das Format von --trace) an FILE anhängen, mit unkenntlich gemachten Passwörtern und Tokens.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Append every IMAP session to FILE in the same way, with passwords and tokens redacted and message literals shown by their size only.</source>
        <translation>Jede IMAP-Sitzung auf dieselbe Weise an FILE anhängen, mit unkenntlich gemachten Passwörtern und Tokens und Nachrichtenliteralen, die nur mit ihrer Größe gezeigt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same as --startup-time.</source>
        <translation>Dasselbe wie --startup-time.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an account named &quot;Local test server&quot; for a server on this machine without encryption or login, marked local-test-server in accounts.conf (the source tree&apos;s scripts/run sets it for its demo server, which keeps what it receives in demo-mail in the data folder). The first other account added becomes the default in its place.</source>
        <translation>Ein Konto namens „Local test server“ für einen Server auf diesem Rechner ohne Verschlüsselung oder Anmeldung hinzufügen, in accounts.conf als local-test-server markiert (scripts/run im Quellbaum setzt es für seinen Demo-Server, der alles Empfangene in demo-mail im Datenordner ablegt). Das erste weitere hinzugefügte Konto wird an seiner Stelle zum Standardkonto.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Copies of the certificates trusted from the window&apos;s certificate screen, one SHA-256.pem each, so the account settings can say whose a pin is and until when (the pin itself is in accounts.conf).</source>
        <translation>Kopien der Zertifikate, denen im Zertifikatsfenster vertraut wurde, je eine SHA-256.pem, damit die Kontoeinstellungen sagen können, wessen Zertifikat ein Pin ist und bis wann es gilt (der Pin selbst steht in accounts.conf).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The drafts, outbox and sent folders: one .eml file per message with a small JSON file beside it (envelope, state, delivery report); demo-mail holds what the local test server received.</source>
        <translation>Die Ordner drafts, outbox und sent: eine .eml-Datei pro Nachricht mit einer kleinen JSON-Datei daneben (Umschlag, Zustand, Zustellbericht); demo-mail enthält, was der lokale Testserver empfangen hat.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Where the files below are (see FILES).</source>
        <translation>Wo die unten genannten Dateien liegen (siehe FILES).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy for accounts whose proxy is &quot;system&quot; (the default), along with the desktop&apos;s proxy settings.</source>
        <translation>Der Proxy für Konten, deren Proxy „system“ ist (die Voreinstellung), neben den Proxy-Einstellungen der Arbeitsumgebung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn on diagnostics by area: epistle.smtp, epistle.mime, epistle.accounts, epistle.store, epistle.imap, epistle.oauth (e.g. QT_LOGGING_RULES=&quot;epistle.smtp.debug=true&quot;).</source>
        <translation>Diagnoseausgaben nach Bereich einschalten: epistle.smtp, epistle.mime, epistle.accounts, epistle.store, epistle.imap, epistle.oauth (z. B. QT_LOGGING_RULES=&quot;epistle.smtp.debug=true&quot;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The language of the composer window.</source>
        <translation>Die Sprache des Editorfensters.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The accounts (no passwords). Written atomically; an entry that cannot be read is named by its line, and the others still work.</source>
        <translation>Die Konten (ohne Passwörter). Wird atomar geschrieben; ein Eintrag, der nicht gelesen werden kann, wird mit seiner Zeile genannt, und die anderen funktionieren weiter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the composer window remembers: addresses written to before, the servers&apos; size limits.</source>
        <translation>Was sich das Editorfenster merkt: Adressen, an die schon geschrieben wurde, die Größenbeschränkungen der Server.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passwords and OAuth tokens, under the service name &quot;epistle&quot; (Secret Service, e.g. GNOME Keyring or KWallet, through QtKeychain). Without a keychain they are kept for the session only.</source>
        <translation>Passwörter und OAuth-Tokens, unter dem Dienstnamen „epistle“ (Secret Service, z. B. GNOME Keyring oder KWallet, über QtKeychain). Ohne Schlüsselbund werden sie nur für die Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Send through a submission server with STARTTLS and the strongest login mechanism it offers, showing every protocol step.</source>
        <translation>Über einen Server für den E-Mail-Versand mit STARTTLS und dem stärksten Anmeldeverfahren, das er anbietet, senden und dabei jeden Protokollschritt zeigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check a server&apos;s settings without sending anything; exit status 0 when every step passed.</source>
        <translation>Die Einstellungen eines Servers prüfen, ohne etwas zu senden; Rückgabewert 0, wenn jeder Schritt bestanden wurde.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Find an address&apos;s settings, save them once as an account (the password goes to the keychain), then send with it by name.</source>
        <translation>Die Einstellungen einer Adresse suchen, sie einmal als Konto speichern (das Passwort kommt in den Schlüsselbund), dann mit dem Konto über seinen Namen senden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the exact bytes that would be sent.</source>
        <translation>Genau die Bytes ausgeben, die gesendet würden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a prepared message as it is, read from standard input (from another program, too): the envelope comes from its From, To, Cc and Bcc header fields, and the Bcc field is not sent.</source>
        <translation>Eine fertige Nachricht unverändert senden, gelesen von der Standardeingabe (auch aus einem anderen Programm): Der Umschlag kommt aus ihren Kopfzeilen From, To, Cc und Bcc, und die Bcc-Zeile wird nicht gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>See what waits in the outbox, and send it now.</source>
        <translation>Nachsehen, was im Postausgang wartet, und es jetzt senden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make Epistle the desktop&apos;s handler for mail links.</source>
        <translation>Epistle zum Programm der Arbeitsumgebung für E-Mail-Links machen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/helpcommand.cpp" line="+24"/>
        <source>--completion takes bash or zsh</source>
        <translation>--completion nimmt bash oder zsh</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>there is no command &quot;%1&quot;</source>
        <translation>es gibt keinen Befehl „%1“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no action &quot;%2&quot;</source>
        <translation>%1 hat keine Aktion „%2“</translation>
    </message>
    <message>
        <location filename="../../app/cli/helptext.cpp" line="+47"/>
        <location line="+68"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exit codes (sysexits.h):</source>
        <translation>Rückgabewerte (sysexits.h):</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>connection, message and output stand for groups of options. epistle help COMMAND (or epistle COMMAND --help) lists a command&apos;s options; man epistle says everything.</source>
        <translation>connection, message und output stehen für Gruppen von Optionen. epistle help COMMAND (oder epistle COMMAND --help) listet die Optionen eines Befehls; man epistle sagt alles.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>epistle help %1 ACTION lists an action&apos;s options.</source>
        <translation>epistle help %1 ACTION listet die Optionen einer Aktion.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandreference.cpp" line="-318"/>
        <source>Show the commands (epistle help COMMAND: a command&apos;s options).</source>
        <translation>Die Befehle anzeigen (epistle help COMMAND: die Optionen eines Befehls).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the version.</source>
        <translation>Die Version ausgeben.</translation>
    </message>
</context>
<context>
    <name>ComposeTextEdit</name>
    <message>
        <location filename="../../ui/bodyeditor.cpp" line="-497"/>
        <source>image.png</source>
        <translation>bild.png</translation>
    </message>
</context>
<context>
    <name>ComposerActions</name>
    <message>
        <location filename="../../ui/composeractions.cpp" line="+20"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;draft</source>
        <translation>&amp;Entwurf speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Attach files…</source>
        <translation>Dateien &amp;anhängen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rich text (HTML)</source>
        <translation>&amp;HTML-Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard draft…</source>
        <translation>Entwurf verwerfen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New message</source>
        <translation>&amp;Neue Nachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test account settings…</source>
        <translation>Konto&amp;einstellungen testen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outbox, drafts and sent…</source>
        <translation>Post&amp;ausgang, Entwürfe, Gesendet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Protocol log…</source>
        <translation>&amp;Protokoll…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rich text: formatting, links and images; the plain-text version is made for you</source>
        <translation>Formatierter Text: Formatierung, Links und Bilder; die Nur-Text-Fassung wird für Sie erstellt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F&amp;ormat</source>
        <translation>Forma&amp;t</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>ComposerHeader</name>
    <message>
        <location filename="../../ui/composerheader.cpp" line="+48"/>
        <source>Acc&amp;ounts…</source>
        <translation>K&amp;onten…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No account yet</source>
        <translation>Noch kein Konto</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cc:</source>
        <translation>&amp;Kopie (CC):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cc</source>
        <translation>Kopie (CC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bcc:</source>
        <translation>B&amp;lindkopie (BCC):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bcc (hidden recipients)</source>
        <translation>Blindkopie (BCC, verborgene Empfänger)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recipients the others do not see</source>
        <translation>Empfänger, die die anderen nicht sehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>This is Epistle&apos;s &lt;b&gt;local test server&lt;/b&gt;: messages sent from it do not leave this computer; each one is saved in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;. To send real mail, add your own account with the Accounts button.</source>
        <translation>Dies ist der &lt;b&gt;lokale Testserver&lt;/b&gt; von Epistle: Von hier gesendete Nachrichten verlassen diesen Computer nicht; jede wird in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; gespeichert. Um echte E-Mails zu senden, fügen Sie mit der Schaltfläche „Konten“ Ihr eigenes Konto hinzu.</translation>
    </message>
</context>
<context>
    <name>ComposerWindow</name>
    <message>
        <location filename="../../ui/composerwindow.cpp" line="+67"/>
        <location line="+472"/>
        <source>Draft saved at %1</source>
        <translation>Entwurf um %1 gespeichert</translation>
    </message>
    <message>
        <location line="-469"/>
        <source>The draft could not be saved: %1. Your text is still here; Epistle tries again in a moment.</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1. Ihr Text ist noch da; Epistle versucht es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No keychain is available on this desktop (%1). Passwords you enter are kept only until Epistle quits.</source>
        <translation>Auf dieser Arbeitsumgebung ist kein Schlüsselbund verfügbar (%1). Eingegebene Passwörter werden nur behalten, bis Epistle beendet wird.</translation>
    </message>
    <message>
        <location line="+610"/>
        <source>&quot;%1&quot; sent at %2</source>
        <translation>„%1“ um %2 gesendet</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>%1 through %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no account to send from yet. Add one: enter your address and Epistle finds the server for most providers.</source>
        <translation>Es gibt noch kein Konto zum Senden. Legen Sie eines an: Geben Sie Ihre Adresse ein, und Epistle findet den Server für die meisten Anbieter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add account…</source>
        <translation>Konto hin&amp;zufügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no account to send from yet.</source>
        <translation>Es gibt noch kein Konto zum Senden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — Epistle</source>
        <translation>%1 — Epistle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>The mail link asks to attach %n file(s) from your computer: %1. Check the attachment list and remove what you do not want to send; you will be asked again before sending.</source>
        <translation>
            <numerusform>Der E-Mail-Link möchte %n Datei von Ihrem Computer anhängen: %1. Prüfen Sie die Liste der Anhänge und entfernen Sie, was Sie nicht senden möchten; vor dem Senden werden Sie noch einmal gefragt.</numerusform>
            <numerusform>Der E-Mail-Link möchte %n Dateien von Ihrem Computer anhängen: %1. Prüfen Sie die Liste der Anhänge und entfernen Sie, was Sie nicht senden möchten; vor dem Senden werden Sie noch einmal gefragt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The link also tried to set %1; that was ignored (a link cannot change the sender or add other headers).</source>
        <translation>Der Link wollte außerdem %1 setzen; das wurde ignoriert (ein Link kann weder den Absender ändern noch andere Kopfzeilen hinzufügen).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove these files</source>
        <translation>Diese Dateien entfernen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Discard draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw this message away? It cannot be brought back.</source>
        <translation>Diese Nachricht verwerfen? Sie kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The message cannot be sent yet</source>
        <translation>Die Nachricht kann noch nicht gesendet werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Send this message?</source>
        <translation>Diese Nachricht senden?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send &amp;with these files</source>
        <translation>&amp;Mit diesen Dateien senden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Send anyway</source>
        <translation>&amp;Trotzdem senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Go back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>The outbox cannot be used (%1), so nothing can be sent.</source>
        <translation>Der Postausgang kann nicht verwendet werden (%1), daher kann nichts gesendet werden.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>In the outbox since %1</source>
        <translation>Im Postausgang seit %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Last message sent at %1</source>
        <translation>Letzte Nachricht gesendet um %1</translation>
    </message>
    <message>
        <location line="-450"/>
        <source>The account &quot;%1&quot; now uses %2.</source>
        <translation>Das Konto „%1“ verwendet jetzt %2.</translation>
    </message>
    <message>
        <location line="+530"/>
        <source>Open draft</source>
        <translation>Entwurf öffnen</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The draft could not be saved (%1), so the window stays open.</source>
        <translation>Der Entwurf konnte nicht gespeichert werden (%1), daher bleibt das Fenster offen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close &amp;without saving</source>
        <translation>&amp;Ohne Speichern schließen</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../../core/accounts/connectiontest.cpp" line="+57"/>
        <source>Looking up the server</source>
        <translation>Suche nach dem Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypting (TLS)</source>
        <translation>Verschlüsselung (TLS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server greeting</source>
        <translation>Begrüßung des Servers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server capabilities (EHLO)</source>
        <translation>Fähigkeiten des Servers (EHLO)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting encryption (STARTTLS)</source>
        <translation>Start der Verschlüsselung (STARTTLS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capabilities after encryption</source>
        <translation>Fähigkeiten nach der Verschlüsselung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logging in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender address accepted</source>
        <translation>Absenderadresse angenommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test recipient accepted</source>
        <translation>Testempfänger angenommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resetting (nothing is sent)</source>
        <translation>Zurücksetzen (es wird nichts gesendet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saying goodbye</source>
        <translation>Verabschiedung</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>resolved by the proxy</source>
        <translation>vom Proxy aufgelöst</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>no greeting: the port answered a TLS handshake instead</source>
        <translation>keine Begrüßung: Der Port hat stattdessen mit einem TLS-Handshake geantwortet</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>HELO only: no extensions</source>
        <translation>nur HELO: keine Erweiterungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not offered</source>
        <translation>nicht angeboten</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>logged in with %1</source>
        <translation>angemeldet mit %1</translation>
    </message>
</context>
<context>
    <name>Draft</name>
    <message>
        <location filename="../../core/store/draft.cpp" line="+117"/>
        <source>From: the message has no sender.</source>
        <translation>Von: Die Nachricht hat keinen Absender.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>To: the message has no recipients.</source>
        <translation>An: Die Nachricht hat keine Empfänger.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The attachment &quot;%1&quot; (%2) is missing or cannot be read.</source>
        <translation>Der Anhang „%1“ (%2) fehlt oder ist nicht lesbar.</translation>
    </message>
</context>
<context>
    <name>DraftListModel</name>
    <message>
        <location filename="../../core/store/draftlistmodel.cpp" line="+62"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <location filename="../../core/store/draftstore.cpp" line="+174"/>
        <location line="+103"/>
        <location line="+164"/>
        <location line="+33"/>
        <source>&quot;%1&quot; is not a valid draft id.</source>
        <translation>„%1“ ist keine gültige Entwurfs-ID.</translation>
    </message>
    <message>
        <location line="-270"/>
        <source>The attachment &quot;%1&quot; (%2) does not exist.</source>
        <translation>Der Anhang „%1“ (%2) existiert nicht.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The attachment &quot;%1&quot; could not be stored with the draft. %2</source>
        <translation>Der Anhang „%1“ konnte nicht mit dem Entwurf gespeichert werden. %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The draft could not be saved; the last saved version is kept. %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden; die zuletzt gespeicherte Fassung bleibt erhalten. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft could not be saved. %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden. %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It was being edited when Epistle stopped; open it (recover it) before saving over it.</source>
        <translation>Er wurde gerade bearbeitet, als Epistle beendet wurde; öffnen Sie ihn (stellen Sie ihn wieder her), bevor Sie ihn überschreiben.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>There is no draft &quot;%1&quot;.</source>
        <translation>Es gibt keinen Entwurf „%1“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The draft&apos;s text cannot be read. %1</source>
        <translation>Der Text des Entwurfs kann nicht gelesen werden. %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file %1 is missing.</source>
        <translation>Die Datei %1 fehlt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 cannot be read.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>The file %1 changed since it was attached.</source>
        <translation>Die Datei %1 hat sich geändert, seit sie angehängt wurde.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The draft cannot be removed now. %1</source>
        <translation>Der Entwurf kann jetzt nicht entfernt werden. %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The draft is open elsewhere. %1</source>
        <translation>Der Entwurf ist anderswo geöffnet. %1</translation>
    </message>
</context>
<context>
    <name>EmlReader</name>
    <message>
        <location filename="../../core/mime/emlreader.cpp" line="+87"/>
        <source>Malformed Content-Type &quot;%1&quot;; read as text/plain</source>
        <translation>Fehlerhafter Content-Type „%1“; als text/plain gelesen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Multipart nesting deeper than %1 levels; the rest is not parsed</source>
        <translation>Multipart-Verschachtelung tiefer als %1 Ebenen; der Rest wird nicht ausgewertet</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>A line in the header block is not a header field; the body is taken to start there</source>
        <translation>Eine Zeile im Kopfbereich ist kein Kopfzeilenfeld; der Nachrichtentext wird als dort beginnend angenommen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>More than %1 header fields; the rest are ignored</source>
        <translation>Mehr als %1 Kopfzeilenfelder; der Rest wird ignoriert</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A %1 part has no boundary</source>
        <translation>Ein %1-Teil hat keine Boundary</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The boundary of a %1 part never appears</source>
        <translation>Die Boundary eines %1-Teils kommt nie vor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A %1 part is not closed by its final boundary</source>
        <translation>Ein %1-Teil wird nicht mit seiner abschließenden Boundary beendet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>More than %1 parts; the rest are not parsed</source>
        <translation>Mehr als %1 Teile; der Rest wird nicht ausgewertet</translation>
    </message>
    <message>
        <location line="+342"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>The message has %n From addresses; only the first is kept.</source>
        <translation>
            <numerusform>Die Nachricht hat %n From-Adresse; nur die erste wird behalten.</numerusform>
            <numerusform>Die Nachricht hat %n From-Adressen; nur die erste wird behalten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The message body is %1; it was kept as an attachment.</source>
        <translation>Der Nachrichtentext ist %1; er wurde als Anhang behalten.</translation>
    </message>
</context>
<context>
    <name>GuiApp</name>
    <message>
        <location filename="../../ui/guiapp.cpp" line="+111"/>
        <source>Epistle, a mail composer.</source>
        <translation>Epistle, ein E-Mail-Editor.</translation>
    </message>
    <message>
        <location filename="../../core/guioptions.cpp" line="+10"/>
        <source>Print the time from launch to the composer window shown (also EPISTLE_STARTUP_TIME=1).</source>
        <translation>Die Zeit vom Start bis zum Erscheinen des Editorfensters ausgeben (auch EPISTLE_STARTUP_TIME=1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --startup-time: quit once the composer is shown (for benchmarks).</source>
        <translation>Mit --startup-time: beenden, sobald der Editor angezeigt wird (für Benchmarks).</translation>
    </message>
    <message>
        <location filename="../../ui/guiapp.cpp" line="+5"/>
        <source>A mailto: URL to open the composer with.</source>
        <translation>Eine mailto:-URL, mit der der Editor geöffnet wird.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Epistle cannot start</source>
        <translation>Epistle kann nicht starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder for drafts and the outbox cannot be used: %1</source>
        <translation>Der Ordner für Entwürfe und den Postausgang kann nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>HeaderFieldBuilder</name>
    <message>
        <location filename="../../core/mime/headerfieldbuilder.cpp" line="+188"/>
        <source>The address %1 has non-ASCII characters before the @; it can only be sent through a server that offers SMTPUTF8</source>
        <translation>Die Adresse %1 hat Nicht-ASCII-Zeichen vor dem @; sie kann nur über einen Server gesendet werden, der SMTPUTF8 anbietet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The domain of %1 is not a valid international domain name</source>
        <translation>Die Domain von %1 ist kein gültiger internationaler Domainname</translation>
    </message>
</context>
<context>
    <name>HtmlToText</name>
    <message>
        <location filename="../../core/mime/htmltotext.cpp" line="+596"/>
        <source>[image]</source>
        <translation>[Bild]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[image: %1]</source>
        <translation>[Bild: %1]</translation>
    </message>
</context>
<context>
    <name>ImapConnectionTest</name>
    <message>
        <location filename="../../core/imap/imapconnectiontest.cpp" line="+47"/>
        <source>Connecting to the IMAP server</source>
        <translation>Verbindungsaufbau zum IMAP-Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypting (TLS)</source>
        <translation>Verschlüsselung (TLS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IMAP server greeting</source>
        <translation>Begrüßung des IMAP-Servers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting encryption (STARTTLS)</source>
        <translation>Start der Verschlüsselung (STARTTLS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logging in to IMAP</source>
        <translation>Anmeldung am IMAP-Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding the Sent folder</source>
        <translation>Suche nach dem Ordner „Gesendet“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logging out</source>
        <translation>Abmeldung</translation>
    </message>
</context>
<context>
    <name>ImapWording</name>
    <message>
        <location filename="../../core/imap/imapwording.cpp" line="+25"/>
        <source>The IMAP server sent a response larger than %1 bytes; Epistle stopped reading.</source>
        <translation>Der IMAP-Server hat eine Antwort gesendet, die größer als %1 Bytes ist; Epistle hat das Lesen abgebrochen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The IMAP server announced %1 bytes of data in one response, more than the %2 Epistle accepts for anything it asks; Epistle stopped reading.</source>
        <translation>Der IMAP-Server hat in einer Antwort %1 Bytes Daten angekündigt, mehr als die %2, die Epistle auf irgendeine seiner Anfragen annimmt; Epistle hat das Lesen abgebrochen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The IMAP server name %1 could not be found. Check its spelling, and that this computer is online.</source>
        <translation>Der Name des IMAP-Servers %1 wurde nicht gefunden. Prüfen Sie die Schreibweise und ob dieser Computer online ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing accepts connections at %1. Check the IMAP server&apos;s port: 993 for SSL/TLS, 143 for STARTTLS.</source>
        <translation>Unter %1 werden keine Verbindungen angenommen. Prüfen Sie den Port des IMAP-Servers: 993 für SSL/TLS, 143 für STARTTLS.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The proxy did not connect Epistle to %1: %2</source>
        <translation>Der Proxy hat Epistle nicht mit %1 verbunden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to %1 failed: %2</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The IMAP server on port %1 does not speak TLS from the first byte; choose STARTTLS instead of SSL/TLS (or port 993 for SSL/TLS).</source>
        <translation>Der IMAP-Server an Port %1 spricht nicht ab dem ersten Byte TLS; wählen Sie STARTTLS statt SSL/TLS (oder Port 993 für SSL/TLS).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The IMAP server at %1 closed the connection during the TLS handshake.</source>
        <translation>Der IMAP-Server %1 hat die Verbindung während des TLS-Handshakes geschlossen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No connection to %1 within %2 s: the server is down, or a firewall drops the traffic.</source>
        <translation>Keine Verbindung zu %1 innerhalb von %2 s: Der Server ist nicht erreichbar, oder eine Firewall verwirft den Datenverkehr.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The TLS handshake with %1 did not finish within %2 s.</source>
        <translation>Der TLS-Handshake mit %1 wurde nicht innerhalb von %2 s abgeschlossen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IMAP server on port 993 sent no greeting within %1 s: it expects TLS from the first byte; choose SSL/TLS instead of STARTTLS.</source>
        <translation>Der IMAP-Server an Port 993 hat innerhalb von %1 s keine Begrüßung gesendet: Er erwartet TLS ab dem ersten Byte; wählen Sie SSL/TLS statt STARTTLS.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IMAP server at %1 accepted the connection but sent no greeting within %2 s. If this port expects TLS from the first byte (usually 993), choose SSL/TLS.</source>
        <translation>Der IMAP-Server %1 hat die Verbindung angenommen, aber innerhalb von %2 s keine Begrüßung gesendet. Falls dieser Port TLS ab dem ersten Byte erwartet (meist 993), wählen Sie SSL/TLS.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IMAP server at %1 sent no greeting within %2 s.</source>
        <translation>Der IMAP-Server %1 hat innerhalb von %2 s keine Begrüßung gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What answered at %1 is not an IMAP server (its first words were “%2”). Check the server name and port.</source>
        <translation>Was unter %1 geantwortet hat, ist kein IMAP-Server (seine ersten Worte waren „%2“). Prüfen Sie Servername und Port.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The IMAP server at %1 refused the connection%2. Try again later.</source>
        <translation>Der IMAP-Server %1 hat die Verbindung abgelehnt%2. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IMAP server at %1 does not offer STARTTLS, so the connection cannot be encrypted; nothing was sent. If it supports SSL/TLS (usually port 993), choose that; Epistle never falls back to plain text on its own.</source>
        <translation>Der IMAP-Server %1 bietet kein STARTTLS an, daher kann die Verbindung nicht verschlüsselt werden; es wurde nichts gesendet. Falls er SSL/TLS unterstützt (meist Port 993), wählen Sie das; Epistle weicht nie von selbst auf eine unverschlüsselte Verbindung aus.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The IMAP server at %1 logged Epistle in before the connection was encrypted (PREAUTH), so it can no longer be encrypted with STARTTLS; Epistle stopped. Choose SSL/TLS (usually port 993).</source>
        <translation>Der IMAP-Server %1 hat Epistle angemeldet, bevor die Verbindung verschlüsselt war (PREAUTH), daher kann sie nicht mehr mit STARTTLS verschlüsselt werden; Epistle hat abgebrochen. Wählen Sie SSL/TLS (meist Port 993).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The IMAP server refused to start TLS (%1); nothing was sent, and Epistle will not fall back to plain text.</source>
        <translation>Der IMAP-Server hat den Start von TLS abgelehnt (%1); es wurde nichts gesendet, und Epistle weicht nicht auf eine unverschlüsselte Verbindung aus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The IMAP server (or something in between) sent more data right after agreeing to STARTTLS. That is how TLS-stripping attacks inject responses; Epistle stopped.</source>
        <translation>Der IMAP-Server (oder etwas dazwischen) hat direkt nach der Zustimmung zu STARTTLS weitere Daten gesendet. So schleusen TLS-Stripping-Angriffe Antworten ein; Epistle hat abgebrochen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The IMAP server at %1 closed the connection%2.</source>
        <translation>Der IMAP-Server %1 hat die Verbindung geschlossen%2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The IMAP server at %1 did not answer %2 within %3 s.</source>
        <translation>Der IMAP-Server %1 hat nicht innerhalb von %3 s auf %2 geantwortet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The IMAP server at %1 kept sending data Epistle did not ask for (%2 responses, %3 bytes); Epistle stopped.</source>
        <translation>Der IMAP-Server %1 hat immer weiter Daten gesendet, um die Epistle nicht gebeten hat (%2 Antworten, %3 Bytes); Epistle hat abgebrochen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The IMAP server asked for data Epistle was not sending (“%1”).</source>
        <translation>Der IMAP-Server hat Daten angefordert, die Epistle gar nicht sendet („%1“).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IMAP server answered a command Epistle never sent (tag %1: “%2”).</source>
        <translation>Der IMAP-Server hat auf einen Befehl geantwortet, den Epistle nie gesendet hat (Tag %1: „%2“).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IMAP server refused %1: %2</source>
        <translation>Der IMAP-Server hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Already connected.</source>
        <translation>Bereits verbunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not connected to an IMAP server.</source>
        <translation>Nicht mit einem IMAP-Server verbunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection is already encrypted.</source>
        <translation>Die Verbindung ist bereits verschlüsselt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A folder name or search text contains a line break or NUL character.</source>
        <translation>Ein Ordnername oder Suchtext enthält einen Zeilenumbruch oder ein NUL-Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a valid IMAP flag or keyword.</source>
        <translation>„%1“ ist kein gültiges IMAP-Flag oder -Schlüsselwort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A login is already running.</source>
        <translation>Eine Anmeldung läuft bereits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user name contains a line break or NUL character.</source>
        <translation>Der Benutzername enthält einen Zeilenumbruch oder ein NUL-Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Epistle will not send the password to %1 before the connection is encrypted. Use STARTTLS or SSL/TLS.</source>
        <translation>Epistle sendet das Passwort nicht an %1, bevor die Verbindung verschlüsselt ist. Verwenden Sie STARTTLS oder SSL/TLS.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The IMAP server at %1 allows no login at this point (LOGINDISABLED, no AUTH=). It may want the connection encrypted first: choose STARTTLS or SSL/TLS.</source>
        <translation>Der IMAP-Server %1 erlaubt an dieser Stelle keine Anmeldung (LOGINDISABLED, kein AUTH=). Vielleicht verlangt er zuerst eine verschlüsselte Verbindung: Wählen Sie STARTTLS oder SSL/TLS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The IMAP server at %1 offers %2; none of them works with the credentials given (a password or a token is missing).</source>
        <translation>Der IMAP-Server %1 bietet %2 an; keines davon funktioniert mit den angegebenen Zugangsdaten (es fehlt ein Passwort oder ein Token).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no login mechanism</source>
        <translation>kein Anmeldeverfahren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IMAP server does not offer %1; it offers %2. Choose one of those, or “auto”.</source>
        <translation>Der IMAP-Server bietet %1 nicht an; er bietet %2. Wählen Sie eines davon oder „auto“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no SASL mechanism</source>
        <translation>kein SASL-Verfahren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The IMAP server sent more than %1 login challenges; Epistle stopped instead of going round in circles.</source>
        <translation>Der IMAP-Server hat mehr als %1 Anmelde-Challenges gesendet; Epistle hat abgebrochen, statt sich im Kreis zu drehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The IMAP server&apos;s login challenge is not valid base64.</source>
        <translation>Die Anmelde-Challenge des IMAP-Servers ist kein gültiges Base64.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The IMAP server accepted the login without proving it knows the password (no SCRAM server signature). Epistle does not trust this server.</source>
        <translation>Der IMAP-Server hat die Anmeldung angenommen, ohne zu beweisen, dass er das Passwort kennt (keine SCRAM-Server-Signatur). Epistle vertraut diesem Server nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IMAP server accepted a cancelled login.</source>
        <translation>Der IMAP-Server hat eine abgebrochene Anmeldung angenommen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The IMAP server could not check the login right now (%1); Epistle will try again later.</source>
        <translation>Der IMAP-Server konnte die Anmeldung gerade nicht prüfen (%1); Epistle versucht es später erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The IMAP server says the password or account has expired (%1). Renew it with your provider.</source>
        <translation>Laut IMAP-Server ist das Passwort oder das Konto abgelaufen (%1). Erneuern Sie es bei Ihrem Anbieter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The IMAP server refuses this login without encryption (%1); choose STARTTLS or SSL/TLS.</source>
        <translation>Der IMAP-Server verweigert diese Anmeldung ohne Verschlüsselung (%1); wählen Sie STARTTLS oder SSL/TLS.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The IMAP server accepted the password but not access to this mailbox (%1). Check the user name.</source>
        <translation>Der IMAP-Server hat das Passwort angenommen, aber nicht den Zugriff auf dieses Postfach (%1). Prüfen Sie den Benutzernamen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The IMAP server refused the login and asks you to contact its administrator (%1).</source>
        <translation>Der IMAP-Server hat die Anmeldung abgelehnt und bittet Sie, sich an seinen Administrator zu wenden (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The IMAP server refused the user name or password (%1). Check both; some providers need an app password, or the IMAP login is different from the SMTP one.</source>
        <translation>Der IMAP-Server hat Benutzername oder Passwort abgelehnt (%1). Prüfen Sie beides; manche Anbieter verlangen ein App-Passwort, oder die Anmeldedaten für IMAP unterscheiden sich von denen für SMTP.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The IMAP server would not list its folders (%1), so the Sent folder could not be found.</source>
        <translation>Der IMAP-Server hat seine Ordner nicht aufgelistet (%1), daher wurde der Ordner „Gesendet“ nicht gefunden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IMAP server has no Sent folder (none marked \Sent, none called %1), and creating one is turned off. Choose the folder for sent mail in the account settings.</source>
        <translation>Der IMAP-Server hat keinen Ordner „Gesendet“ (keiner ist als \Sent markiert, keiner heißt %1), und das Anlegen eines solchen Ordners ist ausgeschaltet. Wählen Sie in den Kontoeinstellungen den Ordner für gesendete Nachrichten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder %1 could not be created on the IMAP server (%2). Choose an existing folder for sent mail in the account settings.</source>
        <translation>Der Ordner %1 konnte auf dem IMAP-Server nicht angelegt werden (%2). Wählen Sie in den Kontoeinstellungen einen vorhandenen Ordner für gesendete Nachrichten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The mailbox on the IMAP server is full (%1): the copy could not be saved in %2. Delete old mail on the server, then save the copy again; the message itself was not affected.</source>
        <translation>Das Postfach auf dem IMAP-Server ist voll (%1): Die Kopie konnte nicht in %2 gespeichert werden. Löschen Sie alte E-Mails auf dem Server und speichern Sie die Kopie dann erneut; die Nachricht selbst ist davon nicht betroffen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IMAP server does not take a message this large into %1 (%2); the copy was not saved.</source>
        <translation>Der IMAP-Server nimmt eine so große Nachricht nicht in %1 auf (%2); die Kopie wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 does not exist on the IMAP server (%2). Choose an existing folder for sent mail, or let Epistle create it.</source>
        <translation>Der Ordner %1 existiert nicht auf dem IMAP-Server (%2). Wählen Sie einen vorhandenen Ordner für gesendete Nachrichten, oder lassen Sie Epistle ihn anlegen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IMAP server does not let this account save into %1 (%2). Choose another folder for sent mail.</source>
        <translation>Der IMAP-Server erlaubt diesem Konto nicht, in %1 zu speichern (%2). Wählen Sie einen anderen Ordner für gesendete Nachrichten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IMAP server could not save the copy in %1 right now (%2); Epistle will try again later.</source>
        <translation>Der IMAP-Server konnte die Kopie gerade nicht in %1 speichern (%2); Epistle versucht es später erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The IMAP server refused to save the copy in %1 (%2).</source>
        <translation>Der IMAP-Server hat es abgelehnt, die Kopie in %1 zu speichern (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The message is %1 bytes; the IMAP server takes at most %2 bytes (APPENDLIMIT), so no copy can be saved there.</source>
        <translation>Die Nachricht ist %1 Bytes groß; der IMAP-Server nimmt höchstens %2 Bytes an (APPENDLIMIT), daher kann dort keine Kopie gespeichert werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The message to copy is not open for reading, or its size is unknown.</source>
        <translation>Die zu kopierende Nachricht ist nicht zum Lesen geöffnet, oder ihre Größe ist unbekannt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The message went away while it was being copied; the copy was not saved.</source>
        <translation>Die Nachricht ist verschwunden, während sie kopiert wurde; die Kopie wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The message could only be read up to byte %1 of %2 (%3); the connection was dropped so that the server saves nothing.</source>
        <translation>Die Nachricht konnte nur bis Byte %1 von %2 gelesen werden (%3); die Verbindung wurde getrennt, damit der Server nichts speichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is shorter than announced</source>
        <translation>sie ist kürzer als angekündigt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder had to be created first, and the message cannot be read a second time to save it there.</source>
        <translation>Der Ordner musste erst angelegt werden, und die Nachricht kann kein zweites Mal gelesen werden, um sie dort zu speichern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IMAP server at %1 closed the connection while the copy was being sent%2; the copy was not saved.</source>
        <translation>Der IMAP-Server %1 hat die Verbindung geschlossen, während die Kopie gesendet wurde%2; die Kopie wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The IMAP server at %1 stopped taking the copy for %2 s; it was not saved.</source>
        <translation>Der IMAP-Server %1 hat %2 s lang keine Daten der Kopie angenommen; sie wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The whole copy went to %1, but the server did not say within %2 s whether it saved it. It may be there: Epistle looks for it before saving it again.</source>
        <translation>Die ganze Kopie ging an %1, aber der Server hat nicht innerhalb von %2 s gesagt, ob er sie gespeichert hat. Vielleicht ist sie dort: Epistle sucht nach ihr, bevor es sie erneut speichert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection to %1 broke after the whole copy was sent, before the server said whether it saved it. It may be there: Epistle looks for it before saving it again.</source>
        <translation>Die Verbindung zu %1 brach ab, nachdem die ganze Kopie gesendet war und bevor der Server sagte, ob er sie gespeichert hat. Vielleicht ist sie dort: Epistle sucht nach ihr, bevor es sie erneut speichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (marked \Sent by the server)</source>
        <translation>%1 (vom Server als \Sent markiert)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (found by its name; the server marks no folder \Sent)</source>
        <translation>%1 (am Namen erkannt; der Server markiert keinen Ordner als \Sent)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (chosen in the settings)</source>
        <translation>%1 (in den Einstellungen gewählt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no Sent folder yet: %1 will be created with the first copy</source>
        <translation>noch kein Ordner „Gesendet“: %1 wird mit der ersten Kopie angelegt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>logged in with %1</source>
        <translation>angemeldet mit %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>already logged in by the server (PREAUTH)</source>
        <translation>vom Server bereits angemeldet (PREAUTH)</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../ui/linkdialog.cpp" line="+18"/>
        <source>Insert link</source>
        <translation>Link einfügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the words to click; the address when empty</source>
        <translation>der anzuklickende Text; wenn leer, die Adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address (URL):</source>
        <translation>&amp;Adresse (URL):</translation>
    </message>
</context>
<context>
    <name>MailboxWindow</name>
    <message>
        <location filename="../../ui/mailboxwindow.cpp" line="+86"/>
        <location line="+2"/>
        <source>Drafts, outbox and sent messages</source>
        <translation>Entwürfe, Postausgang und gesendete Nachrichten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No drafts. What you write is saved here by itself as you type, until it is sent or thrown away.</source>
        <translation>Keine Entwürfe. Was Sie schreiben, wird hier beim Tippen automatisch gespeichert, bis es gesendet oder verworfen wird.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Drafts</source>
        <translation>&amp;Entwürfe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Retry now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;from…</source>
        <translation>Senden &amp;von…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the message from another account (for example when its own was removed)</source>
        <translation>Die Nachricht von einem anderen Konto senden (zum Beispiel, wenn ihr eigenes entfernt wurde)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Mark as sent</source>
        <translation>Als gesendet mar&amp;kieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a message that may have been sent: you checked that it arrived, so it is filed as sent without sending it again</source>
        <translation>Für eine Nachricht, die möglicherweise gesendet wurde: Sie haben geprüft, dass sie angekommen ist, daher wird sie als gesendet abgelegt, ohne sie erneut zu senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move…</source>
        <translation>Ent&amp;fernen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;transcript</source>
        <translation>&amp;Mitschnitt anzeigen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Outbox</source>
        <translation>&amp;Postausgang</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sent messages</source>
        <translation>Gesendete Nachrichten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivery report</source>
        <translation>Zustellbericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a sent message to see the server&apos;s delivery report.</source>
        <translation>Wählen Sie eine gesendete Nachricht, um den Zustellbericht des Servers zu sehen.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>&amp;Sent</source>
        <translation>&amp;Gesendet</translation>
    </message>
    <message>
        <location line="+103"/>
        <location line="+7"/>
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Delete this draft for good?</source>
        <translation>Diesen Entwurf endgültig löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+197"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>The outbox is empty: every message has gone.</source>
        <translation>Der Postausgang ist leer: Alle Nachrichten sind verschickt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a message to see where it stands.</source>
        <translation>Wählen Sie eine Nachricht, um zu sehen, wie es um sie steht.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Send from another account</source>
        <translation>Von einem anderen Konto senden</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Send again?</source>
        <translation>Erneut senden?</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>&amp;Open message</source>
        <translation>&amp;Nachricht öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the message exactly as it was sent (.eml) in your mail program</source>
        <translation>Die Nachricht genau so, wie sie gesendet wurde (.eml), in Ihrem E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete…</source>
        <translation>Lö&amp;schen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;copy</source>
        <translation>Kopie spei&amp;chern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the copy of this message in the Sent folder on the mail server now (the message is not sent again)</source>
        <translation>Die Kopie dieser Nachricht jetzt im Gesendet-Ordner auf dem Mail-Server speichern (die Nachricht wird nicht erneut gesendet)</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Its composer window holds it: it goes when the Undo time is over, unless Undo takes it back.</source>
        <translation>Ihr Editorfenster hält sie: Sie geht, wenn die Zeit für „Rückgängig“ abgelaufen ist, außer „Rückgängig“ holt sie zurück.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The connection ended after the whole message had left, before the server confirmed it, so it may already have been delivered. Sending it again may deliver it twice.</source>
        <translation>Die Verbindung endete, nachdem die ganze Nachricht abgeschickt war, aber bevor der Server sie bestätigt hat; sie wurde also möglicherweise schon zugestellt. Wenn Sie sie erneut senden, kommt sie vielleicht doppelt an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send &amp;again</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Mark as sent</source>
        <translation>Als gesendet markieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>Remove from the outbox</source>
        <translation>Aus dem Postausgang entfernen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Remove this message from the outbox? It will not be sent.</source>
        <translation>Diese Nachricht aus dem Postausgang entfernen? Sie wird dann nicht gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open message</source>
        <translation>Nachricht öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No program on this computer opens mail files (.eml). The message is kept, exactly as it was sent, in %1</source>
        <translation>Kein Programm auf diesem Computer öffnet E-Mail-Dateien (.eml). Die Nachricht wird genau so, wie sie gesendet wurde, aufbewahrt in %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <source>Delete sent message</source>
        <translation>Gesendete Nachricht löschen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Delete this copy of a sent message and its delivery report? The message itself has gone and stays with its recipients.</source>
        <translation>Diese Kopie einer gesendeten Nachricht und ihren Zustellbericht löschen? Die Nachricht selbst ist bereits verschickt und bleibt bei ihren Empfängern.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&lt;h3&gt;%1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Filed as sent on %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Als gesendet abgelegt am %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Accepted by &lt;b&gt;%1&lt;/b&gt; on %2.&lt;br&gt;The server said: &lt;tt&gt;%3&lt;/tt&gt;</source>
        <translation>&lt;p&gt;Angenommen von &lt;b&gt;%1&lt;/b&gt; am %2.&lt;br&gt;Antwort des Servers: &lt;tt&gt;%3&lt;/tt&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;br&gt;Its queue id there is &lt;b&gt;%1&lt;/b&gt; (what its administrator needs to trace the message).</source>
        <translation>&lt;br&gt;Die Warteschlangen-ID dort ist &lt;b&gt;%1&lt;/b&gt; (das braucht sein Administrator, um die Nachricht zu verfolgen).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Recipient&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Result&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Empfänger&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Ergebnis&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;Steps:&lt;/p&gt;&lt;table cellspacing=&quot;0&quot; cellpadding=&quot;2&quot;&gt;</source>
        <translation>&lt;p&gt;Schritte:&lt;/p&gt;&lt;table cellspacing=&quot;0&quot; cellpadding=&quot;2&quot;&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;Copy in the Sent folder on the mail server: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kopie im Gesendet-Ordner auf dem Mail-Server: %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MailtoUrl</name>
    <message>
        <location filename="../../ui/mailtourl.cpp" line="+101"/>
        <source>Not a mailto: link: %1</source>
        <translation>Kein mailto:-Link: %1</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../ui/messagebanner.cpp" line="+24"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>MessageSpelling</name>
    <message>
        <location filename="../../ui/spell/messagespelling.cpp" line="+66"/>
        <source>Spelling: off</source>
        <translation>Rechtschreibung: aus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: no dictionary</source>
        <translation>%1: kein Wörterbuch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Spelling language of this message</source>
        <translation>Sprache der Rechtschreibprüfung für diese Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spelling language</source>
        <translation>Sprache der Rechtschreibprüfung</translation>
    </message>
</context>
<context>
    <name>MessageSubmission</name>
    <message>
        <location filename="../../core/store/messagesubmission.cpp" line="+135"/>
        <source>The outbox cannot be used, so nothing can be sent.</source>
        <translation>Der Postausgang kann nicht verwendet werden, daher kann nichts gesendet werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Putting the message in the outbox…</source>
        <translation>Die Nachricht wird in den Postausgang gelegt …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The message could not be saved, so it was not sent: %1</source>
        <translation>Die Nachricht konnte nicht gespeichert werden und wurde daher nicht gesendet: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The message could not be put in the outbox, so it was not sent: %1</source>
        <translation>Die Nachricht konnte nicht in den Postausgang gelegt werden und wurde daher nicht gesendet: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Waiting for another message to finish sending…</source>
        <translation>Warten, bis eine andere Nachricht gesendet ist …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking up the password…</source>
        <translation>Passwort wird abgefragt …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+117"/>
        <source>Sending was cancelled; the message is back here to edit.</source>
        <translation>Das Senden wurde abgebrochen; die Nachricht ist zum Bearbeiten wieder hier.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Trying again…</source>
        <translation>Neuer Versuch …</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Sending was undone: the message is back here to edit.</source>
        <translation>Das Senden wurde rückgängig gemacht: Die Nachricht ist wieder hier und kann bearbeitet werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message is back from the outbox: edit it and send it again.</source>
        <translation>Die Nachricht ist aus dem Postausgang zurück: Bearbeiten Sie sie und senden Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>It could not be taken back from the outbox: %1</source>
        <translation>Sie konnte nicht aus dem Postausgang zurückgeholt werden: %1</translation>
    </message>
</context>
<context>
    <name>MessageWriter</name>
    <message>
        <location filename="../../core/mime/messagewriter.cpp" line="+156"/>
        <source>The message has no sender (From).</source>
        <translation>Die Nachricht hat keinen Absender (From).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invalid address &quot;%1&quot;: %2</source>
        <translation>Ungültige Adresse „%1“: %2</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>The attachment &quot;%1&quot; (%2)</source>
        <translation>Der Anhang „%1“ (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> does not exist.</source>
        <translation> existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> is not a regular file.</source>
        <translation> ist keine normale Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> cannot be read: %1</source>
        <translation> kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>A line of the message would be longer than 998 octets: %1...</source>
        <translation>Eine Zeile der Nachricht wäre länger als 998 Oktette: %1...</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>A message writer can only be opened for reading.</source>
        <translation>Ein MessageWriter kann nur zum Lesen geöffnet werden.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The attachment &quot;%1&quot;</source>
        <translation>Der Anhang „%1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> could not be opened while the message was being written: %1</source>
        <translation> konnte nicht geöffnet werden, während die Nachricht geschrieben wurde: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+24"/>
        <source> could not be read: %1</source>
        <translation> konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> grew while the message was being written (it had %1 bytes when the message was prepared).</source>
        <translation> ist gewachsen, während die Nachricht geschrieben wurde (er hatte %1 Bytes, als die Nachricht vorbereitet wurde).</translation>
    </message>
    <message>
        <location line="-21"/>
        <source> changed while the message was being written: it had %1 bytes when the message was prepared, but ended after %2.</source>
        <translation> hat sich geändert, während die Nachricht geschrieben wurde: Er hatte %1 Bytes, als die Nachricht vorbereitet wurde, endete aber nach %2.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The message could not be written: %1</source>
        <translation>Die Nachricht konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The message ended after %1 of %2 bytes.</source>
        <translation>Die Nachricht endete nach %1 von %2 Bytes.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+11"/>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>MimeMessage</name>
    <message>
        <location filename="../../core/mime/mimemessage.cpp" line="+13"/>
        <source>the sender is set with From</source>
        <translation>der Absender wird mit From gesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sender is set with Sender</source>
        <translation>der Absender wird mit Sender gesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the Reply-To setting</source>
        <translation>verwenden Sie die Einstellung Reply-To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recipients are set with To</source>
        <translation>Empfänger werden mit To gesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recipients are set with Cc</source>
        <translation>Empfänger werden mit Cc gesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bcc recipients are never written into the message; add them as Bcc</source>
        <translation>Bcc-Empfänger werden nie in die Nachricht geschrieben; fügen Sie sie als Bcc hinzu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use the Subject setting</source>
        <translation>verwenden Sie die Einstellung Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Date is written when the message is</source>
        <translation>Date wird beim Schreiben der Nachricht gesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Message-ID is set with messageId</source>
        <translation>die Message-ID wird mit messageId gesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the In-Reply-To setting</source>
        <translation>verwenden Sie die Einstellung In-Reply-To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the References setting</source>
        <translation>verwenden Sie die Einstellung References</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the User-Agent setting</source>
        <translation>verwenden Sie die Einstellung User-Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MIME-Version is written by the message writer</source>
        <translation>MIME-Version wird vom MessageWriter geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return-Path is added by the receiving server (RFC 5321 4.4)</source>
        <translation>Return-Path wird vom empfangenden Server hinzugefügt (RFC 5321 4.4)</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>A header needs a name</source>
        <translation>Eine Kopfzeile braucht einen Namen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid header name: only printable ASCII without spaces or &apos;:&apos; is allowed (RFC 5322 3.6.8)</source>
        <translation>„%1“ ist kein gültiger Kopfzeilenname: Nur druckbares ASCII ohne Leerzeichen und ohne „:“ ist erlaubt (RFC 5322 3.6.8)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The header name &quot;%1&quot; is longer than 76 characters</source>
        <translation>Der Kopfzeilenname „%1“ ist länger als 76 Zeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be set as an extra header: the Content-* fields are written from the message&apos;s parts</source>
        <translation>%1 kann nicht als zusätzliche Kopfzeile gesetzt werden: Die Content-*-Felder werden aus den Teilen der Nachricht geschrieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be set as an extra header: %2</source>
        <extracomment>%1 is a header field name such as Bcc, %2 the reason, e.g. &quot;use the Subject setting&quot;</extracomment>
        <translation>%1 kann nicht als zusätzliche Kopfzeile gesetzt werden: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; is not a header: expected &quot;Name: value&quot;</source>
        <translation>„%1“ ist keine Kopfzeile: „Name: Wert“ erwartet</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The message has no sender (From).</source>
        <translation>Die Nachricht hat keinen Absender (From).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message has no recipients.</source>
        <translation>Die Nachricht hat keine Empfänger.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The HTML shows cid:%1, but no inline image has that Content-ID.</source>
        <translation>Das HTML zeigt cid:%1, aber kein eingebettetes Bild hat diese Content-ID.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The inline image %1 (cid:%2) is not shown by the HTML.</source>
        <translation>Das eingebettete Bild %1 (cid:%2) wird im HTML nicht angezeigt.</translation>
    </message>
</context>
<context>
    <name>OAuthCredentials</name>
    <message>
        <location filename="../../core/accounts/oauthcredentials.cpp" line="+79"/>
        <source>The sign-in of account &quot;%1&quot; has expired or was revoked: %2</source>
        <translation>Die Anmeldung des Kontos „%1“ ist abgelaufen oder wurde widerrufen: %2</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Account &quot;%1&quot; is not signed in to %2 yet: sign in first.</source>
        <translation>Das Konto „%1“ ist noch nicht bei %2 angemeldet: Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in of account &quot;%1&quot; cannot be read: %2</source>
        <translation>Die Anmeldung des Kontos „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The provider gave no refresh token.</source>
        <translation>Der Anbieter hat kein Refresh-Token geliefert.</translation>
    </message>
</context>
<context>
    <name>OAuthProvider</name>
    <message>
        <location filename="../../core/accounts/oauthprovider.cpp" line="+97"/>
        <source>The %1 &quot;%2&quot; is not a URL.</source>
        <translation>Die %1 „%2“ ist keine URL.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The %1 must use https (http only on 127.0.0.1 or ::1): &quot;%2&quot;.</source>
        <translation>Die %1 muss https verwenden (http nur auf 127.0.0.1 oder ::1): „%2“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The OAuth provider must be google, microsoft or custom, not &quot;%1&quot;.</source>
        <translation>Der OAuth-Anbieter muss google, microsoft oder custom sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An OAuth sign-in needs the login method XOAUTH2 or OAUTHBEARER.</source>
        <translation>Eine OAuth-Anmeldung braucht die Authentifizierungsmethode XOAUTH2 oder OAUTHBEARER.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A custom OAuth provider needs its authorization URL and its token URL.</source>
        <translation>Ein eigener OAuth-Anbieter braucht seine Autorisierungs-URL und seine Token-URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>authorization URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a custom OAuth provider takes its own authorization and token URLs.</source>
        <translation>Nur ein eigener OAuth-Anbieter nimmt eigene Autorisierungs- und Token-URLs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An OAuth setting holds a line break.</source>
        <translation>Eine OAuth-Einstellung enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No OAuth client id for %1: Epistle has no client registered with it. Register a desktop app with the provider and give its id to the account (epistle accounts edit &quot;%2&quot; --oauth-client-id ID, or in the account editor), or build Epistle with -DEPISTLE_OAUTH_%3_CLIENT_ID=ID, or add &lt;clientId&gt; to the provider file&apos;s &lt;oAuth2&gt;.</source>
        <translation>Keine OAuth-Client-ID für %1: Epistle hat dort keinen Client registriert. Registrieren Sie beim Anbieter eine Desktop-Anwendung und geben Sie deren ID dem Konto (epistle accounts edit &quot;%2&quot; --oauth-client-id ID, oder im Konteneditor), oder bauen Sie Epistle mit -DEPISTLE_OAUTH_%3_CLIENT_ID=ID, oder fügen Sie &lt;clientId&gt; zu &lt;oAuth2&gt; der Anbieterdatei hinzu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The OAuth provider of account &quot;%1&quot; has no scope: give one with --oauth-scope.</source>
        <translation>Der OAuth-Anbieter des Kontos „%1“ hat keinen Scope: Geben Sie einen mit --oauth-scope an.</translation>
    </message>
</context>
<context>
    <name>OAuthSignIn</name>
    <message numerus="yes">
        <location filename="../../core/accounts/oauthsignin.cpp" line="+46"/>
        <source>No answer came back from the browser within %n second(s); the sign-in was abandoned.</source>
        <translation>
            <numerusform>Innerhalb von %n Sekunde kam keine Antwort vom Browser zurück; die Anmeldung wurde abgebrochen.</numerusform>
            <numerusform>Innerhalb von %n Sekunden kam keine Antwort vom Browser zurück; die Anmeldung wurde abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This sign-in has started already.</source>
        <translation>Diese Anmeldung wurde bereits gestartet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>authorization URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Epistle cannot wait for the browser&apos;s answer on 127.0.0.1 port %1: the port is in use by another program. Close it or choose another port.</source>
        <translation>Epistle kann nicht auf 127.0.0.1, Port %1, auf die Antwort des Browsers warten: Der Port wird von einem anderen Programm verwendet. Schließen Sie es oder wählen Sie einen anderen Port.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Epistle cannot listen on 127.0.0.1 for the browser&apos;s answer.</source>
        <translation>Epistle kann auf 127.0.0.1 nicht auf die Antwort des Browsers warten.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The authorization address for %1 could not be built.</source>
        <translation>Die Autorisierungsadresse für %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to do</source>
        <translation>Nichts zu tun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This sign-in is over; you can close this page.</source>
        <translation>Diese Anmeldung ist beendet; Sie können diese Seite schließen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign-in rejected</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This answer does not belong to the sign-in Epistle started, so it was not used. Start the sign-in again from Epistle.</source>
        <translation>Diese Antwort gehört nicht zu der Anmeldung, die Epistle gestartet hat, und wurde daher nicht verwendet. Starten Sie die Anmeldung erneut in Epistle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The browser came back with an answer that does not belong to this sign-in (its state does not match); it was not used. Sign in again.</source>
        <translation>Der Browser kam mit einer Antwort zurück, die nicht zu dieser Anmeldung gehört (ihr state stimmt nicht überein); sie wurde nicht verwendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 did not grant Epistle access (%2). You can close this page.</source>
        <translation>%1 hat Epistle keinen Zugriff gewährt (%2). Sie können diese Seite schließen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not grant access: the sign-in was declined (%2).</source>
        <translation>%1 hat keinen Zugriff gewährt: Die Anmeldung wurde abgelehnt (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the sign-in request (%2).</source>
        <translation>%1 hat die Anmeldeanfrage abgelehnt (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer held no authorization code.</source>
        <translation>Die Antwort enthielt keinen Autorisierungscode.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The browser came back without an authorization code.</source>
        <translation>Der Browser kam ohne Autorisierungscode zurück.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epistle received the sign-in from %1. You can close this page and return to Epistle.</source>
        <translation>Epistle hat die Anmeldung von %1 erhalten. Sie können diese Seite schließen und zu Epistle zurückkehren.</translation>
    </message>
</context>
<context>
    <name>OAuthSignInPanel</name>
    <message>
        <location filename="../../ui/oauthsigninpanel.cpp" line="+22"/>
        <source>Sign in with</source>
        <translation>Anmelden mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google (OAuth 2)</source>
        <translation>Google (OAuth 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft (OAuth 2)</source>
        <translation>Microsoft (OAuth 2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign &amp;out</source>
        <translation>Abmel&amp;den</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget this account&apos;s tokens on this computer</source>
        <translation>Die Tokens dieses Kontos auf diesem Rechner vergessen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sign in again: %1</source>
        <translation>Erneut anmelden: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Custom provider (OAuth 2)</source>
        <translation>Eigener Anbieter (OAuth 2)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Waiting for the browser…</source>
        <translation>Warten auf den Browser …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;in again with %1…</source>
        <translation>Erneut bei %1 an&amp;melden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;in with %1…</source>
        <translation>Bei %1 an&amp;melden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the account, then sign in with %1.</source>
        <translation>Speichern Sie das Konto und melden Sie sich dann bei %1 an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish signing in with %1 in your browser.</source>
        <translation>Schließen Sie die Anmeldung bei %1 in Ihrem Browser ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in expired: %1</source>
        <translation>Anmeldung abgelaufen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
</context>
<context>
    <name>OAuthTokenResponse</name>
    <message>
        <location filename="../../core/accounts/oauthtokenclient.cpp" line="+88"/>
        <source>%1&apos;s sign-in server could not be reached: %2.</source>
        <translation>Der Anmeldeserver von %1 war nicht erreichbar: %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1&apos;s sign-in server had a problem (HTTP %2); try again later.</source>
        <translation>Der Anmeldeserver von %1 hatte ein Problem (HTTP %2); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1&apos;s sign-in server answered something that is not a token (HTTP %2, not JSON).</source>
        <translation>Der Anmeldeserver von %1 hat etwas geantwortet, das kein Token ist (HTTP %2, kein JSON).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 refused the refresh token (%2).</source>
        <translation>%1 hat das Refresh-Token abgelehnt (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not accept the OAuth client id this account uses (%2).</source>
        <translation>%1 akzeptiert die OAuth-Client-ID nicht, die dieses Konto verwendet (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the sign-in (%2).</source>
        <translation>%1 hat die Anmeldung abgelehnt (%2).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1&apos;s sign-in server answered without a bearer access token.</source>
        <translation>Der Anmeldeserver von %1 hat ohne Bearer-Zugriffstoken geantwortet.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../core/store/outbox.cpp" line="+47"/>
        <source>The message has no recipients; nothing was queued.</source>
        <translation>Die Nachricht hat keine Empfänger; es wurde nichts in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message could not be put in the outbox. %1</source>
        <translation>Die Nachricht konnte nicht in den Postausgang gelegt werden. %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The message could not be put in the outbox, so nothing was sent. %1</source>
        <translation>Die Nachricht konnte nicht in den Postausgang gelegt werden, daher wurde nichts gesendet. %1</translation>
    </message>
    <message>
        <location line="+101"/>
        <location line="+47"/>
        <location line="+88"/>
        <location line="+25"/>
        <source>There is no message &quot;%1&quot; in the outbox.</source>
        <translation>Im Postausgang gibt es keine Nachricht „%1“.</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>The message file %1 is missing.</source>
        <translation>Die Nachrichtendatei %1 fehlt.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&quot;%1&quot; matches several messages: %2</source>
        <translation>„%1“ passt auf mehrere Nachrichten: %2</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The message is being sent right now. %1</source>
        <translation>Die Nachricht wird gerade gesendet. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message cannot be changed. %1</source>
        <translation>Die Nachricht kann nicht geändert werden. %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The message is about to be sent or is being sent from this window; it cannot be removed now. While its composer shows Undo, Undo takes it back.</source>
        <translation>Die Nachricht wird gleich aus diesem Fenster gesendet oder gerade gesendet; sie kann jetzt nicht entfernt werden. Solange ihr Editorfenster „Rückgängig“ zeigt, holt „Rückgängig“ sie zurück.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message is being sent right now; it cannot be removed. %1</source>
        <translation>Die Nachricht wird gerade gesendet; sie kann nicht entfernt werden. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message cannot be removed. %1</source>
        <translation>Die Nachricht kann nicht entfernt werden. %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+30"/>
        <source>The message was already delivered.</source>
        <translation>Die Nachricht wurde bereits zugestellt.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The message cannot be rescheduled in state %1.</source>
        <translation>Die Nachricht kann im Zustand %1 nicht neu eingeplant werden.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Marked as sent by the person; the server&apos;s answer never came.</source>
        <translation>Von Ihnen als gesendet markiert; die Antwort des Servers kam nie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The message was not claimed for sending.</source>
        <translation>Die Nachricht wurde nicht zum Senden übernommen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>The message was not sent: the outbox cannot record the attempt. %1</source>
        <translation>Die Nachricht wurde nicht gesendet: Der Postausgang kann den Versuch nicht festhalten. %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>There is no sent folder.</source>
        <translation>Es gibt keinen Ordner für gesendete Nachrichten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message was delivered, but could not be moved to the sent folder yet. %1</source>
        <translation>Die Nachricht wurde zugestellt, konnte aber noch nicht in den Ordner „Gesendet“ verschoben werden. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message was delivered, but the outbox could not record it (%1; %2). It is marked &quot;may have been sent&quot; on the next start; do not send it again.</source>
        <translation>Die Nachricht wurde zugestellt, aber der Postausgang konnte das nicht festhalten (%1; %2). Beim nächsten Start wird sie als „möglicherweise gesendet“ markiert; senden Sie sie nicht erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The message was delivered and filed as sent, but its delivery report could not be saved. %1</source>
        <translation>Die Nachricht wurde zugestellt und als gesendet abgelegt, aber ihr Zustellbericht konnte nicht gespeichert werden. %1</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The computer stopped during an attempt, before the message was sent; it is queued again.</source>
        <translation>Der Rechner wurde während eines Versuchs angehalten, bevor die Nachricht gesendet war; sie ist wieder in der Warteschlange.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The computer stopped (a power cut or a system crash) while the message was being sent, so it may have been delivered: check before sending it again.</source>
        <translation>Der Rechner wurde angehalten (ein Stromausfall oder ein Systemabsturz), während die Nachricht gesendet wurde; sie wurde daher möglicherweise zugestellt: Prüfen Sie das, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>A sent copy with the same id exists; check before sending it again.</source>
        <translation>Es gibt bereits eine gesendete Kopie mit derselben ID; prüfen Sie das, bevor Sie die Nachricht erneut senden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Epistle stopped during an attempt, before the message was sent; it is queued again.</source>
        <translation>Epistle wurde während eines Versuchs beendet, bevor die Nachricht gesendet war; sie ist wieder in der Warteschlange.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Epistle stopped while the message was being sent, after all of it had left and before the server confirmed it. It may have been delivered: check before sending it again.</source>
        <translation>Epistle wurde beim Senden beendet, nachdem die ganze Nachricht abgeschickt war und bevor der Server sie bestätigt hat. Sie wurde möglicherweise zugestellt: Prüfen Sie das, bevor Sie sie erneut senden.</translation>
    </message>
</context>
<context>
    <name>OutboxBatch</name>
    <message>
        <location filename="../../core/store/outboxbatch.cpp" line="+230"/>
        <source>The stored message cannot be read: %1.</source>
        <translation>Die gespeicherte Nachricht kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>The send ended without a result.</source>
        <translation>Das Senden endete ohne Ergebnis.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled before it was sent.</source>
        <translation>Abgebrochen, bevor sie gesendet wurde.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The connection ended before this message had left, so it was not delivered.</source>
        <translation>Die Verbindung endete, bevor diese Nachricht abgeschickt war; sie wurde daher nicht zugestellt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection ended after the whole message had left and before the server answered for it (%1). It may have been delivered: check before sending it again.</source>
        <translation>Die Verbindung endete, nachdem die ganze Nachricht abgeschickt war und bevor der Server darauf geantwortet hatte (%1). Sie wurde möglicherweise zugestellt: Prüfen Sie das, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The outcome could not be recorded in the outbox. %1</source>
        <translation>Das Ergebnis konnte nicht im Postausgang festgehalten werden. %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sending was cancelled before the message was sent.</source>
        <translation>Das Senden wurde abgebrochen, bevor die Nachricht gesendet war.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Gave up after %n attempts; try again when the problem is solved.</source>
        <translation>
            <numerusform>Nach %n Versuch aufgegeben; versuchen Sie es erneut, wenn das Problem behoben ist.</numerusform>
            <numerusform>Nach %n Versuchen aufgegeben; versuchen Sie es erneut, wenn das Problem behoben ist.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The server refused these recipients for now, while the others got the message.</source>
        <translation>Der Server hat diese Empfänger vorerst abgelehnt, während die anderen die Nachricht erhalten haben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split from %1, which reached the other recipients.</source>
        <translation>Abgetrennt von %1, die die anderen Empfänger erreicht hat.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Epistle was closed after the whole message had left and before the server confirmed it. It may have been delivered: check before sending it again.</source>
        <translation>Epistle wurde geschlossen, nachdem die ganze Nachricht abgeschickt war und bevor der Server sie bestätigt hat. Sie wurde möglicherweise zugestellt: Prüfen Sie das, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Epistle was closed during an attempt, before the message was sent.</source>
        <translation>Epistle wurde während eines Versuchs geschlossen, bevor die Nachricht gesendet war.</translation>
    </message>
</context>
<context>
    <name>OutboxItem</name>
    <message>
        <location filename="../../core/store/outboxitem.cpp" line="+332"/>
        <source>Unknown state &quot;%1&quot;.</source>
        <translation>Unbekannter Zustand „%1“.</translation>
    </message>
</context>
<context>
    <name>OutboxJournal</name>
    <message>
        <location filename="../../core/store/outboxjournal.cpp" line="+106"/>
        <source>The outbox cannot record the send, so nothing more is sent now. %1</source>
        <translation>Der Postausgang kann den Versand nicht festhalten, daher wird jetzt nichts mehr gesendet. %1</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../core/store/outboxmodel.cpp" line="+61"/>
        <source>Damaged: %1</source>
        <translation>Beschädigt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scheduled for %1</source>
        <translation>Geplant für %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to retry (attempt %1), next at %2</source>
        <translation>Wartet auf neuen Versuch (Versuch %1), nächster um %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed: needs your attention</source>
        <translation>Fehlgeschlagen: braucht Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>May have been sent: check before sending again</source>
        <translation>Möglicherweise gesendet: vor erneutem Senden prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <location filename="../../core/store/outboxsender.cpp" line="+74"/>
        <source>Its account was removed; choose another account to send it from.</source>
        <translation>Ihr Konto wurde entfernt; wählen Sie ein anderes Konto, von dem sie gesendet werden soll.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>There is no message &quot;%1&quot; in the outbox.</source>
        <translation>Im Postausgang gibt es keine Nachricht „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another Epistle is sending that message right now.</source>
        <translation>Ein anderes Epistle sendet diese Nachricht gerade.</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+25"/>
        <source>Cancelled before anything was sent.</source>
        <translation>Abgebrochen, bevor etwas gesendet wurde.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The message was not sent: the outbox cannot be written. %1</source>
        <translation>Die Nachricht wurde nicht gesendet: Der Postausgang kann nicht geschrieben werden. %1</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>No way to find the account&apos;s settings was given.</source>
        <translation>Es wurde kein Weg angegeben, die Einstellungen des Kontos zu finden.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/passworddialog.cpp" line="+17"/>
        <source>&amp;Remember in the keychain</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epistle needs the password of &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt; to send from the account &quot;%3&quot;.</source>
        <translation>Epistle braucht das Passwort von &lt;b&gt;%1&lt;/b&gt; auf &lt;b&gt;%2&lt;/b&gt;, um vom Konto „%3“ zu senden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unticked, the password is kept in memory until Epistle quits and asked for again next time.</source>
        <translation>Ohne Haken wird das Passwort im Speicher behalten, bis Epistle beendet wird, und beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No keychain is available on this desktop, so the password is kept in memory until Epistle quits, and asked for again next time.</source>
        <translation>Auf dieser Arbeitsumgebung ist kein Schlüsselbund verfügbar, daher wird das Passwort im Speicher behalten, bis Epistle beendet wird, und beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
</context>
<context>
    <name>PreSendCheck</name>
    <message>
        <location filename="../../core/store/presendcheck.cpp" line="+22"/>
        <source>attach, attached, attachment, enclosed, pièce jointe, pièces jointes, Anhang, angehängt, adjunto, adjunta, allegato, bijlage, załącznik</source>
        <translation>attach, attached, attachment, enclosed, pièce jointe, pièces jointes, Anhang, angehängt, anbei, Anlage, beigefügt, adjunto, adjunta, allegato, bijlage, załącznik</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>There is no account to send from. Add one in Accounts (it takes a minute, and &quot;Detect settings&quot; fills in the server for most addresses).</source>
        <translation>Es gibt kein Konto zum Senden. Legen Sie eines unter „Konten“ an (das dauert eine Minute, und „Einstellungen ermitteln“ trägt für die meisten Adressen den Server ein).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cc</source>
        <translation>Kopie (CC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bcc</source>
        <translation>Blindkopie (BCC)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The %1 field has an address that is not valid: %2</source>
        <translation>Das Feld „%1“ enthält eine ungültige Adresse: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The message has no recipients. Add at least one address in To, Cc or Bcc.</source>
        <translation>Die Nachricht hat keine Empfänger. Geben Sie mindestens eine Adresse in „An“, „Kopie (CC)“ oder „Blindkopie (BCC)“ ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message is %1, and this account&apos;s server accepts at most %2. Remove an attachment, or share large files by a link instead.</source>
        <translation>Die Nachricht ist %1 groß, und der Server dieses Kontos nimmt höchstens %2 an. Entfernen Sie einen Anhang oder teilen Sie große Dateien stattdessen über einen Link.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The mail link that opened this message attached these files from your computer:
%1
Send them?</source>
        <translation>Der E-Mail-Link, der diese Nachricht geöffnet hat, hat diese Dateien von Ihrem Computer angehängt:
%1
Sollen sie gesendet werden?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The message mentions &quot;%1&quot;, but nothing is attached. Send it without an attachment?</source>
        <translation>Die Nachricht erwähnt „%1“, aber es ist nichts angehängt. Ohne Anhang senden?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The subject is empty. Send the message without a subject?</source>
        <translation>Der Betreff ist leer. Die Nachricht ohne Betreff senden?</translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <location filename="../../app/cli/progressline.cpp" line="+93"/>
        <source>Connecting to %1...</source>
        <translation>Verbindung mit %1 wird hergestellt …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Securing the connection (TLS)...</source>
        <translation>Verbindung wird gesichert (TLS) …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logging in...</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Giving the sender and the recipients...</source>
        <translation>Absender und Empfänger werden übermittelt …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sending the message: %1 of %2 (%3%)</source>
        <extracomment>%1 and %2 are sizes (&quot;1.2 MiB&quot;), %3 a percentage</extracomment>
        <translation>Nachricht wird gesendet: %1 von %2 (%3 %)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending the message...</source>
        <translation>Nachricht wird gesendet …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closing the connection...</source>
        <translation>Verbindung wird geschlossen …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent %1 of %1; waiting for the server to accept the message...</source>
        <translation>%1 von %1 gesendet; warten, bis der Server die Nachricht annimmt …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the server to accept the message...</source>
        <translation>Warten, bis der Server die Nachricht annimmt …</translation>
    </message>
</context>
<context>
    <name>ProtocolLogDialog</name>
    <message>
        <location filename="../../ui/protocollogview.cpp" line="+18"/>
        <location line="+4"/>
        <source>Protocol log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No session yet: the log appears here while a message is sent or a server is tested.</source>
        <translation>Noch keine Sitzung: Das Protokoll erscheint hier, während eine Nachricht gesendet oder ein Server getestet wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;C:&lt;/b&gt;&amp;nbsp;sent by Epistle &amp;nbsp;·&amp;nbsp; &lt;b&gt;S:&lt;/b&gt;&amp;nbsp;the server&apos;s reply &amp;nbsp;·&amp;nbsp; &lt;b&gt;X:&lt;/b&gt;&amp;nbsp;an event on the connection (message data sent, TLS started) &amp;nbsp;·&amp;nbsp; &lt;b&gt;#&lt;/b&gt;&amp;nbsp;a note from Epistle (a new connection, the TLS session, an error)&lt;br&gt;Passwords and tokens show as [redacted]: the log is safe to share.</source>
        <translation>&lt;b&gt;C:&lt;/b&gt;&amp;nbsp;von Epistle gesendet &amp;nbsp;·&amp;nbsp; &lt;b&gt;S:&lt;/b&gt;&amp;nbsp;die Antwort des Servers &amp;nbsp;·&amp;nbsp; &lt;b&gt;X:&lt;/b&gt;&amp;nbsp;ein Ereignis auf der Verbindung (Nachrichtendaten gesendet, TLS gestartet) &amp;nbsp;·&amp;nbsp; &lt;b&gt;#&lt;/b&gt;&amp;nbsp;ein Hinweis von Epistle (eine neue Verbindung, die TLS-Sitzung, ein Fehler)&lt;br&gt;Passwörter und Tokens erscheinen als [redacted]: Das Protokoll kann bedenkenlos weitergegeben werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy all</source>
        <translation>Alles &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>ProviderDatabase</name>
    <message>
        <location filename="../../core/accounts/providerdatabase.cpp" line="+29"/>
        <source>%1: cannot be read</source>
        <translation>%1: kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>RecoveryBanner</name>
    <message numerus="yes">
        <location filename="../../ui/recoverybanner.cpp" line="+20"/>
        <source>%n unsent draft(s) recovered: Epistle stopped while you were writing.</source>
        <translation>
            <numerusform>%n nicht gesendeter Entwurf wiederhergestellt: Epistle wurde beendet, während Sie schrieben.</numerusform>
            <numerusform>%n nicht gesendete Entwürfe wiederhergestellt: Epistle wurde beendet, während Sie schrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n message(s) may have been sent just as Epistle stopped: they wait in the outbox until you check and decide (send again, or mark as sent).</source>
        <translation>
            <numerusform>%n Nachricht wurde möglicherweise gesendet, gerade als Epistle beendet wurde: Sie wartet im Postausgang, bis Sie nachsehen und entscheiden (erneut senden oder als gesendet markieren).</numerusform>
            <numerusform>%n Nachrichten wurden möglicherweise gesendet, gerade als Epistle beendet wurde: Sie warten im Postausgang, bis Sie nachsehen und entscheiden (erneut senden oder als gesendet markieren).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Out&amp;box</source>
        <translation>&amp;Postausgang</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+42"/>
        <source>Show &amp;drafts</source>
        <translation>Entwürfe an&amp;zeigen</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>&amp;Keep as drafts</source>
        <translation>Als Entwürfe &amp;behalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Keep as draft</source>
        <translation>Als Entwurf &amp;behalten</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n draft(s) not sent yet; the latest: &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n Entwurf noch nicht gesendet; der neueste: „%1“.</numerusform>
            <numerusform>%n Entwürfe noch nicht gesendet; der neueste: „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open draft</source>
        <translation>Entwurf ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Open the latest</source>
        <translation>Den neuesten ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>SaslMechanisms</name>
    <message>
        <location filename="../../core/smtp/sasl.cpp" line="+47"/>
        <source>GNU SASL could not start: %1</source>
        <translation>GNU SASL konnte nicht starten: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>GNU SASL cannot do %1: %2</source>
        <translation>GNU SASL kann %1 nicht: %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The server kept asking after %1 had finished</source>
        <translation>Der Server hat weiter gefragt, nachdem %1 abgeschlossen war</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 failed: %2</source>
        <extracomment>%1 is a SASL mechanism such as SCRAM-SHA-256, %2 the GNU SASL library&apos;s error</extracomment>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s SCRAM signature does not match: it does not know the password, or someone is in between</source>
        <translation>Die SCRAM-Signatur des Servers stimmt nicht: Er kennt das Passwort nicht, oder jemand sitzt dazwischen</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The server refused the token: %1</source>
        <translation>Der Server hat das Token abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 needs an OAuth 2 access token</source>
        <translation>%1 braucht ein OAuth-2-Zugriffstoken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Epistle does not support the SASL mechanism %1</source>
        <translation>Epistle unterstützt das SASL-Verfahren %1 nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs a password</source>
        <translation>%1 braucht ein Passwort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs a user name</source>
        <translation>%1 braucht einen Benutzernamen</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../../core/accounts/secretstore.cpp" line="+260"/>
        <source>The system keychain did not answer within %1 seconds.</source>
        <translation>Der Schlüsselbund des Systems hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Access to the system keychain was refused.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No system keychain is available (%1).</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keychain failed: %1</source>
        <translation>Der Schlüsselbund des Systems ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>SendFailurePanel</name>
    <message>
        <location filename="../../ui/sendfailurepanel.cpp" line="+35"/>
        <source>Enter &amp;password…</source>
        <translation>Pass&amp;wort eingeben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;in again…</source>
        <translation>Erneut &amp;anmelden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit message</source>
        <translation>Bea&amp;rbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sending failed</source>
        <translation>Senden fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show &amp;transcript</source>
        <translation>&amp;Mitschnitt anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Diagnose account…</source>
        <translation>Konto &amp;prüfen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the server test on this account: every step, and the fix when one fails</source>
        <translation>Den Servertest für dieses Konto ausführen: jeder Schritt, und die Lösung, wenn einer fehlschlägt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit &amp;account…</source>
        <translation>&amp;Konto bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change this account&apos;s server, security or login, then retry</source>
        <translation>Server, Sicherheit oder Anmeldung dieses Kontos ändern, dann erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry now</source>
        <translation>Erne&amp;ut versuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the message out of the outbox and edit it again</source>
        <translation>Die Nachricht aus dem Postausgang nehmen und wieder bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose (keep in outbox)</source>
        <translation>S&amp;chließen (bleibt im Postausgang)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The message may have been sent</source>
        <translation>Die Nachricht wurde möglicherweise gesendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The message was not sent</source>
        <translation>Die Nachricht wurde nicht gesendet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server said: %1</source>
        <translation>Antwort des Servers: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is kept in the outbox: %1</source>
        <translation>Sie bleibt im Postausgang: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking this account&apos;s server settings…</source>
        <translation>Die Server-Einstellungen dieses Kontos werden geprüft …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checked just now: the server answers and these settings work, so the problem may have passed. Retry now, or wait for the automatic retry.</source>
        <translation>Gerade geprüft: Der Server antwortet und diese Einstellungen funktionieren, das Problem ist also vielleicht vorüber. Versuchen Sie es jetzt erneut oder warten Sie auf den automatischen neuen Versuch.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checked just now with the server test: it fails in the same way, so this will not pass on its own.</source>
        <translation>Gerade mit dem Servertest geprüft: Er schlägt auf dieselbe Weise fehl, das Problem wird sich also nicht von selbst lösen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnosis: %1</source>
        <translation>Diagnose: %1</translation>
    </message>
</context>
<context>
    <name>SendNotices</name>
    <message numerus="yes">
        <location filename="../../ui/sendnotices.cpp" line="+45"/>
        <source>Sending in %n second(s). Until then you can take the message back to edit.</source>
        <translation>
            <numerusform>Senden in %n Sekunde. Bis dahin können Sie die Nachricht zurückholen und bearbeiten.</numerusform>
            <numerusform>Senden in %n Sekunden. Bis dahin können Sie die Nachricht zurückholen und bearbeiten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send &amp;now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>&quot;%1&quot; was sent from the window that closed: the server accepted it for %n recipient(s).</source>
        <translation>
            <numerusform>„%1“ wurde aus dem geschlossenen Fenster gesendet: Der Server hat die Nachricht für %n Empfänger angenommen.</numerusform>
            <numerusform>„%1“ wurde aus dem geschlossenen Fenster gesendet: Der Server hat die Nachricht für %n Empfänger angenommen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending is waiting for the server. Diagnosis: %1</source>
        <translation>Das Senden wartet auf den Server. Diagnose: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delivery report</source>
        <translation>Zustellbericht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transcript</source>
        <translation>Mitschnitt</translation>
    </message>
</context>
<context>
    <name>SendProgressPanel</name>
    <message>
        <location filename="../../ui/sendprogresspanel.cpp" line="+22"/>
        <location line="+84"/>
        <source>&amp;Cancel sending</source>
        <translation>Senden &amp;abbrechen</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Sending progress</source>
        <translation>Sendefortschritt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Encrypt</source>
        <translation>Verschlüsseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Message upload</source>
        <translation>Hochladen der Nachricht</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Sending in %n second(s)…</source>
        <translation>
            <numerusform>Senden in %n Sekunde …</numerusform>
            <numerusform>Senden in %n Sekunden …</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the message back to edit; nothing has been sent</source>
        <translation>Die Nachricht zurückholen und bearbeiten; es wurde nichts gesendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server has not answered for a while; checking its settings…</source>
        <translation>Der Server hat eine Weile nicht geantwortet; seine Einstellungen werden geprüft …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: waiting</source>
        <translation>%1: wartet</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connecting to the server…</source>
        <translation>Verbindung zum Server wird hergestellt …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Setting up encryption (TLS)…</source>
        <translation>Verschlüsselung (TLS) wird eingerichtet …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logging in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Announcing the sender and the recipients…</source>
        <translation>Absender und Empfänger werden angekündigt …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending the message…</source>
        <translation>Die Nachricht wird gesendet …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the server to accept the message…</source>
        <translation>Warten, bis der Server die Nachricht annimmt …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server accepted the message.</source>
        <translation>Der Server hat die Nachricht angenommen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sending failed.</source>
        <translation>Senden fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sending the message: %1 of %2</source>
        <translation>Die Nachricht wird gesendet: %1 von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending the message: %1</source>
        <translation>Die Nachricht wird gesendet: %1</translation>
    </message>
</context>
<context>
    <name>SentCopyQueue</name>
    <message>
        <location filename="../../core/store/sentcopyqueue.cpp" line="+80"/>
        <source>The copy of this message is saved already (in %1).</source>
        <translation>Die Kopie dieser Nachricht ist bereits gespeichert (in %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No copy of this message is to be saved on the server.</source>
        <translation>Für diese Nachricht soll keine Kopie auf dem Server gespeichert werden.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The sent message cannot be read (%1).</source>
        <translation>Die gesendete Nachricht kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The message is no longer in the sent folder.</source>
        <translation>Die Nachricht ist nicht mehr im Ordner für gesendete Nachrichten.</translation>
    </message>
</context>
<context>
    <name>SentCopyRecord</name>
    <message>
        <location filename="../../core/store/sentcopyrecord.cpp" line="+73"/>
        <source>Waiting to be saved</source>
        <translation>Wartet auf das Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved in %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved yet, tried again at %1: %2</source>
        <translation>Noch nicht gespeichert, neuer Versuch um %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>SentFolder</name>
    <message>
        <location filename="../../core/store/sentfolder.cpp" line="+50"/>
        <location line="+34"/>
        <source>There is no sent message &quot;%1&quot;.</source>
        <translation>Es gibt keine gesendete Nachricht „%1“.</translation>
    </message>
</context>
<context>
    <name>SentModel</name>
    <message>
        <location filename="../../core/store/sentmodel.cpp" line="+59"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server reply</source>
        <translation>Antwort des Servers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queue id</source>
        <translation>Warteschlangen-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy in Sent folder</source>
        <translation>Kopie im Gesendet-Ordner</translation>
    </message>
</context>
<context>
    <name>SentNotice</name>
    <message numerus="yes">
        <location filename="../../ui/sentnotice.cpp" line="+17"/>
        <source>Message sent: the server accepted it for %n recipient(s). (%1)</source>
        <translation>
            <numerusform>Nachricht gesendet: Der Server hat sie für %n Empfänger angenommen. (%1)</numerusform>
            <numerusform>Nachricht gesendet: Der Server hat sie für %n Empfänger angenommen. (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message sent, but the server refused these recipients: %1. The others (%2) will get it.</source>
        <translation>Nachricht gesendet, aber der Server hat diese Empfänger abgelehnt: %1. Die anderen (%2) erhalten sie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It went to the local test server and did not leave this computer: see %1.</source>
        <translation>Sie ging an den lokalen Testserver und hat diesen Computer nicht verlassen: siehe %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It went to the local test server and did not leave this computer: it is %1.</source>
        <translation>Sie ging an den lokalen Testserver und hat diesen Computer nicht verlassen: Sie wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open &amp;message</source>
        <translation>&amp;Nachricht öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show &amp;folder</source>
        <translation>&amp;Ordner anzeigen</translation>
    </message>
</context>
<context>
    <name>ServerTestDialog</name>
    <message>
        <location filename="../../ui/servertestdialog.cpp" line="+55"/>
        <source>&amp;Apply suggested settings</source>
        <translation>Vorgeschlagene Einstellungen &amp;übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;transcript</source>
        <translation>&amp;Mitschnitt anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server test</source>
        <translation>Servertest</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server test — %1</source>
        <translation>Servertest — %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test steps</source>
        <translation>Testschritte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Encryption and capabilities</source>
        <translation>Verschlüsselung und Fähigkeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS:</source>
        <translation>TLS:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server offers:</source>
        <translation>Server bietet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS session</source>
        <translation>TLS-Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server capabilities</source>
        <translation>Fähigkeiten des Servers</translation>
    </message>
    <message>
        <location line="+158"/>
        <location line="+1"/>
        <source>not yet known</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Testing… nothing is sent: the test stops after checking the sender address.</source>
        <translation>Test läuft … es wird nichts gesendet: Der Test endet nach der Prüfung der Absenderadresse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Testing &lt;b&gt;%1&lt;/b&gt;, as a real send would go, step by step.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wird getestet, Schritt für Schritt so, wie ein echter Versand abliefe.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+117"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+117"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+117"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1, %2 (%3 bits); certificate for %4, issued by %5</source>
        <translation>%1, %2 (%3 Bit); Zertifikat für %4, ausgestellt von %5</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>none: this account does not encrypt</source>
        <translation>keine: Dieses Konto verschlüsselt nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not established</source>
        <translation>nicht hergestellt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Every step passed.&lt;/b&gt; These settings work: messages from this account will go through %1.</source>
        <translation>&lt;b&gt;Alle Schritte bestanden.&lt;/b&gt; Diese Einstellungen funktionieren: Nachrichten von diesem Konto gehen über %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;The test stopped.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Test wurde angehalten.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;br&gt;The server said: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>&lt;br&gt;Antwort des Servers: &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign &amp;in again…</source>
        <translation>Erneut &amp;anmelden…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;br&gt;Suggested: %1.</source>
        <translation>&lt;br&gt;Vorschlag: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply suggested settings: %1</source>
        <translation>Vorgeschlagene Einstellungen &amp;übernehmen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add a user name and password</source>
        <translation>Benutzername und Passwort &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Copy in the Sent folder (IMAP, %1)</source>
        <translation>Kopie im Gesendet-Ordner (IMAP, %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no server</source>
        <translation>kein Server</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&lt;br&gt;&lt;b&gt;The Sent copy works too:&lt;/b&gt; copies of sent messages go to “%1”.</source>
        <translation>&lt;br&gt;&lt;b&gt;Auch die Gesendet-Kopie funktioniert:&lt;/b&gt; Kopien gesendeter Nachrichten kommen nach „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;br&gt;&lt;b&gt;The Sent copy test stopped.&lt;/b&gt; %1</source>
        <translation>&lt;br&gt;&lt;b&gt;Der Test der Gesendet-Kopie wurde angehalten.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;br&gt;Suggested for IMAP: %1 on port %2.</source>
        <translation>&lt;br&gt;Vorschlag für IMAP: %1 auf Port %2.</translation>
    </message>
</context>
<context>
    <name>SettingsDiscovery</name>
    <message>
        <location filename="../../core/accounts/settingsdiscovery.cpp" line="+143"/>
        <source>deadline: %1 ms passed; stopping what is still running</source>
        <translation>Frist: %1 ms vergangen; was noch läuft, wird beendet</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>&quot;%1&quot; is not an e-mail address (name@domain).</source>
        <translation>„%1“ ist keine E-Mail-Adresse (name@domain).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No settings were found for %1; enter the server&apos;s name and security yourself.</source>
        <translation>Für %1 wurden keine Einstellungen gefunden; geben Sie Name und Verbindungssicherheit des Servers selbst ein.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+7"/>
        <source>also from %1</source>
        <translation>auch aus %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>provider-file: %1 is not a provider Epistle knows</source>
        <translation>provider-file: %1 ist kein Anbieter, den Epistle kennt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>provider-file: %1 (%2)</source>
        <translation>provider-file: %1 (%2)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>this provider takes OAuth 2 sign-in only</source>
        <translation>dieser Anbieter erlaubt nur die Anmeldung mit OAuth 2</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Only unencrypted settings were found for %1, and Epistle does not choose an unencrypted connection by itself. %2 Ask your provider for the outgoing server&apos;s SSL/TLS or STARTTLS settings, or enter them yourself.</source>
        <translation>Für %1 wurden nur unverschlüsselte Einstellungen gefunden, und Epistle wählt nicht von selbst eine unverschlüsselte Verbindung. %2 Fragen Sie Ihren Anbieter nach den SSL/TLS- oder STARTTLS-Einstellungen des Postausgangs-Servers, oder geben Sie sie selbst ein.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 answered without offering encryption (no STARTTLS): mail and password would travel unencrypted, and a network in between may have removed STARTTLS. Not proposed.</source>
        <translation>%1 hat geantwortet, ohne Verschlüsselung anzubieten (kein STARTTLS): E-Mail und Passwort würden unverschlüsselt übertragen, und ein Netzwerk dazwischen hat STARTTLS vielleicht entfernt. Nicht vorgeschlagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (from %2) is unencrypted: mail and password would travel in the clear. Not proposed.</source>
        <translation>%1 (aus %2) ist unverschlüsselt: E-Mail und Passwort würden im Klartext übertragen. Nicht vorgeschlagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: set aside: %2</source>
        <translation>%1: aussortiert: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>sign in with %1 (OAuth 2)</source>
        <translation>Anmeldung bei %1 (OAuth 2)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>mx %1: no record</source>
        <translation>mx %1: kein Eintrag</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>mx %1: %2, hosted by %3</source>
        <translation>mx %1: %2, gehostet von %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>MX %1</source>
        <translation>MX %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mail hosted by %1: sign in with %1 (OAuth 2)</source>
        <translation>E-Mail gehostet von %1: Anmeldung bei %1 (OAuth 2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mx %1: not hosted by a provider Epistle signs in with</source>
        <translation>mx %1: nicht bei einem Anbieter gehostet, bei dem sich Epistle anmelden kann</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>srv %1: no record</source>
        <translation>srv %1: kein Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>srv %1: %2</source>
        <translation>srv %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>srv %1: the domain says it offers no such service</source>
        <translation>srv %1: Die Domain erklärt, dass sie diesen Dienst nicht anbietet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the server is outside %1: check that it belongs to your provider</source>
        <translation>der Server liegt außerhalb von %1: Prüfen Sie, ob er zu Ihrem Anbieter gehört</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>srv %1: %2:%3</source>
        <translation>srv %1: %2:%3</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>autoconfig %1: larger than %2 bytes; ignored</source>
        <translation>autoconfig %1: größer als %2 Bytes; ignoriert</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>autoconfig %1: %2</source>
        <translation>autoconfig %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>autoconfig %1: %n server(s)</source>
        <translation>
            <numerusform>autoconfig %1: %n Server</numerusform>
            <numerusform>autoconfig %1: %n Server</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+4"/>
        <source>probe %1: %2</source>
        <translation>probe %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>probe of %1</source>
        <translation>Probe von %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>greeting refused: %1</source>
        <translation>Begrüßung abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>EHLO refused: %1</source>
        <translation>EHLO abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS from the first byte (%1), certificate verified; &quot;%2&quot;</source>
        <translation>TLS ab dem ersten Byte (%1), Zertifikat geprüft; „%2“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no STARTTLS: mail would travel unencrypted; &quot;%1&quot;</source>
        <translation>kein STARTTLS: E-Mails würden unverschlüsselt übertragen; „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no STARTTLS offered</source>
        <translation>kein STARTTLS angeboten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>STARTTLS refused: %1</source>
        <translation>STARTTLS abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>STARTTLS (%1), certificate verified; &quot;%2&quot;</source>
        <translation>STARTTLS (%1), Zertifikat geprüft; „%2“</translation>
    </message>
</context>
<context>
    <name>SmtpAdvice</name>
    <message>
        <location filename="../../core/smtp/smtpadvice.cpp" line="+33"/>
        <source>Already connected</source>
        <translation>Bereits verbunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server name %1 could not be found. Check its spelling, and that this computer is online.</source>
        <translation>Der Servername %1 wurde nicht gefunden. Prüfen Sie die Schreibweise und ob dieser Computer online ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing accepts connections at %1. Check the port: mail submission uses 465 (SSL/TLS) or 587 (STARTTLS).</source>
        <translation>Unter %1 werden keine Verbindungen angenommen. Prüfen Sie den Port: Für den E-Mail-Versand dienen 465 (SSL/TLS) oder 587 (STARTTLS).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The proxy did not connect Epistle to %1: %2</source>
        <translation>Der Proxy hat Epistle nicht mit %1 verbunden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to %1 failed: %2</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No connection to %1 within %2 s: the server is down, or a firewall drops the traffic.</source>
        <translation>Keine Verbindung zu %1 innerhalb von %2 s: Der Server ist nicht erreichbar, oder eine Firewall verwirft den Datenverkehr.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server on port %1 expects TLS from the first byte, and this account is set to no encryption; choose SSL/TLS.</source>
        <translation>Der Server auf Port %1 erwartet TLS ab dem ersten Byte, und dieses Konto ist auf keine Verschlüsselung eingestellt; wählen Sie SSL/TLS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server on port %1 expects TLS from the first byte; choose SSL/TLS instead of STARTTLS.</source>
        <translation>Der Server an Port %1 erwartet TLS ab dem ersten Byte; wählen Sie SSL/TLS statt STARTTLS.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server on port %1 does not speak TLS from the first byte; choose STARTTLS instead of SSL/TLS (or port 465 for SSL/TLS).</source>
        <translation>Der Server an Port %1 spricht nicht ab dem ersten Byte TLS; wählen Sie STARTTLS statt SSL/TLS (oder Port 465 für SSL/TLS).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server at %1 closed the connection during the TLS handshake.</source>
        <translation>Der Server %1 hat die Verbindung während des TLS-Handshakes geschlossen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The TLS handshake with %1 did not finish within %2 s.</source>
        <translation>Der TLS-Handshake mit %1 wurde nicht innerhalb von %2 s abgeschlossen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The connection is already encrypted.</source>
        <translation>Die Verbindung ist bereits verschlüsselt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server at %1 does not offer STARTTLS, so the connection cannot be encrypted; nothing was sent. If it supports SSL/TLS (usually port 465), choose that; Epistle never falls back to plain text on its own.</source>
        <translation>Der Server %1 bietet kein STARTTLS an, daher kann die Verbindung nicht verschlüsselt werden; es wurde nichts gesendet. Falls er SSL/TLS unterstützt (meist Port 465), wählen Sie das; Epistle fällt nie von sich aus auf unverschlüsselten Text zurück.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server refused to start TLS (%1); nothing was sent, and Epistle will not fall back to plain text.</source>
        <translation>Der Server hat den Start von TLS abgelehnt (%1); es wurde nichts gesendet, und Epistle fällt nicht auf unverschlüsselten Text zurück.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server (or something in between) sent more data right after agreeing to STARTTLS. That is how TLS-stripping attacks inject replies; Epistle stopped.</source>
        <translation>Der Server (oder etwas dazwischen) hat direkt nach der Zustimmung zu STARTTLS weitere Daten gesendet. So schleusen TLS-Stripping-Angriffe Antworten ein; Epistle hat abgebrochen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server at %1 refused the connection in its greeting.</source>
        <translation>Der Server %1 hat die Verbindung in seiner Begrüßung abgelehnt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server at %1 sent no greeting within %2 s.</source>
        <translation>Der Server %1 hat innerhalb von %2 s keine Begrüßung gesendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server at %1 accepted the connection but sent no greeting within %2 s. If this port expects TLS from the first byte (usually 465), choose SSL/TLS.</source>
        <translation>Der Server %1 hat die Verbindung angenommen, aber innerhalb von %2 s keine Begrüßung gesendet. Falls dieser Port TLS ab dem ersten Byte erwartet (meist 465), wählen Sie SSL/TLS.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server refused to say hello (EHLO and HELO): %1</source>
        <translation>Der Server hat die Begrüßung (EHLO und HELO) abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refused EHLO after TLS: %1</source>
        <translation>Der Server hat EHLO nach TLS abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The EHLO name &quot;%1&quot; may only hold printable ASCII without spaces.</source>
        <translation>Der EHLO-Name „%1“ darf nur druckbares ASCII ohne Leerzeichen enthalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server at %1 is closing the connection (421); nothing more was sent. Try again later.</source>
        <translation>Der Server %1 schließt die Verbindung (421); es wurde nichts weiter gesendet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server sent a reply to a command Epistle never sent: %1</source>
        <translation>Der Server hat auf einen Befehl geantwortet, den Epistle nie gesendet hat: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server answered %1 with &quot;%2&quot;, which cannot answer it: its replies no longer match Epistle&apos;s commands, so Epistle stopped.</source>
        <translation>Der Server hat auf %1 mit „%2“ geantwortet, was keine Antwort darauf sein kann: Seine Antworten passen nicht mehr zu den Befehlen von Epistle, daher hat Epistle aufgehört.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server at %1 did not answer %2 within %3 s.</source>
        <translation>Der Server %1 hat nicht innerhalb von %3 s auf %2 geantwortet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server at %1 closed the connection</source>
        <translation>Der Server %1 hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> while the message was being sent; it was not delivered.</source>
        <translation>, während die Nachricht gesendet wurde; sie wurde nicht zugestellt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A login is already running.</source>
        <translation>Eine Anmeldung läuft bereits.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The user name contains a line break or NUL character.</source>
        <translation>Der Benutzername enthält einen Zeilenumbruch oder ein NUL-Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This account uses no encryption: the password goes to %1 readable by anyone on the network path.</source>
        <translation>Dieses Konto verwendet keine Verschlüsselung: Das Passwort geht für jeden auf dem Netzwerkweg lesbar an %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Epistle will not send the password to %1 before the connection is encrypted. Use STARTTLS or SSL/TLS.</source>
        <translation>Epistle sendet das Passwort nicht an %1, bevor die Verbindung verschlüsselt ist. Verwenden Sie STARTTLS oder SSL/TLS.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server at %1 offers authentication only after the connection is encrypted (it offers STARTTLS). Choose STARTTLS or SSL/TLS.</source>
        <translation>Der Server %1 bietet die Authentifizierung erst an, wenn die Verbindung verschlüsselt ist (er bietet STARTTLS). Wählen Sie STARTTLS oder SSL/TLS.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server at %1 does not offer authentication at all (no AUTH in its EHLO reply). It may not need a login from here, or it is not a submission server: try port 587 or 465, or turn authentication off.</source>
        <translation>Der Server %1 bietet überhaupt keine Authentifizierung an (kein AUTH in seiner EHLO-Antwort). Vielleicht braucht er von hier keine Anmeldung, oder er ist kein Server für den Versand: Versuchen Sie Port 587 oder 465, oder schalten Sie die Authentifizierung aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server at %1 offers no authentication before the connection is encrypted. Use STARTTLS or SSL/TLS.</source>
        <translation>Der Server %1 bietet keine Authentifizierung an, bevor die Verbindung verschlüsselt ist. Verwenden Sie STARTTLS oder SSL/TLS.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server offers %1; none of them works with the credentials given (a password or a token is missing).</source>
        <translation>Der Server bietet %1 an; keines davon funktioniert mit den angegebenen Zugangsdaten (es fehlt ein Passwort oder ein Token).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server at %1 does not offer %2 (it offers no authentication at this point).</source>
        <translation>Der Server %1 bietet %2 nicht an (er bietet an dieser Stelle keine Authentifizierung an).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not offer %1; it offers %2. Choose one of those, or &quot;auto&quot;.</source>
        <translation>Der Server bietet %1 nicht an; er bietet %2. Wählen Sie eines davon oder „auto“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server sent more than %1 authentication challenges; Epistle stopped instead of going round in circles</source>
        <translation>Der Server hat mehr als %1 Authentifizierungs-Challenges gesendet; Epistle hat abgebrochen, statt sich im Kreis zu drehen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server&apos;s authentication challenge is not valid base64</source>
        <translation>Die Authentifizierungs-Challenge des Servers ist kein gültiges Base64</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server accepted the login without proving it knows the password (no SCRAM server signature). Epistle does not trust this server.</source>
        <translation>Der Server hat die Anmeldung angenommen, ohne zu beweisen, dass er das Passwort kennt (keine SCRAM-Server-Signatur). Epistle vertraut diesem Server nicht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server accepted a cancelled login</source>
        <translation>Der Server hat eine abgebrochene Anmeldung angenommen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server refused the user name or password. Check both; some providers require an app password or OAuth instead.</source>
        <translation>Der Server hat Benutzername oder Passwort abgelehnt. Prüfen Sie beides; manche Anbieter verlangen stattdessen ein App-Passwort oder OAuth.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server wants a different way of logging in (a stronger mechanism, or its web login once).</source>
        <translation>Der Server verlangt eine andere Art der Anmeldung (ein stärkeres Verfahren oder einmal seine Web-Anmeldung).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server requires encryption for this login: use STARTTLS or SSL/TLS.</source>
        <translation>Der Server verlangt für diese Anmeldung Verschlüsselung: Verwenden Sie STARTTLS oder SSL/TLS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not check the login right now; Epistle will try again.</source>
        <translation>Der Server konnte die Anmeldung gerade nicht prüfen; Epistle versucht es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not accept this login mechanism; choose another one or &quot;auto&quot;.</source>
        <translation>Der Server nimmt dieses Anmeldeverfahren nicht an; wählen Sie ein anderes oder „auto“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The login failed.</source>
        <translation>Die Anmeldung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The message was not sent: Epistle ended the session instead of sending it without a login.</source>
        <translation>Die Nachricht wurde nicht gesendet: Epistle hat die Sitzung beendet, statt sie ohne Anmeldung zu senden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server refused the login (%1) but accepted the message anyway, most likely because it trusts this computer&apos;s network. Check the user name and password before the next message.</source>
        <translation>Der Server hat die Anmeldung abgelehnt (%1), die Nachricht aber trotzdem angenommen, wahrscheinlich weil er dem Netzwerk dieses Rechners vertraut. Prüfen Sie Benutzername und Passwort vor der nächsten Nachricht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Without encryption the server at %1 offers only %2, which would show the password to anyone on the network path (or someone in between removed the safer methods). Choose STARTTLS or SSL/TLS; to send it like this anyway, choose the login method by name.</source>
        <translation>Ohne Verschlüsselung bietet der Server %1 nur %2 an, womit das Passwort für jeden auf dem Netzwerkweg sichtbar wäre (oder jemand dazwischen hat die sichereren Methoden entfernt). Wählen Sie STARTTLS oder SSL/TLS; um es trotzdem so zu senden, wählen Sie die Authentifizierungsmethode namentlich aus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Epistle uses %1 only over an encrypted connection, and the one to %2 is not. Choose STARTTLS or SSL/TLS.</source>
        <translation>Epistle verwendet %1 nur über eine verschlüsselte Verbindung, und die zu %2 ist es nicht. Wählen Sie STARTTLS oder SSL/TLS.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The message has no recipients.</source>
        <translation>Die Nachricht hat keine Empfänger.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A recipient address is empty.</source>
        <translation>Eine Empfängeradresse ist leer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address &quot;%1&quot; contains a line break, control character or angle bracket; nothing was sent.</source>
        <translation>Die Adresse „%1“ enthält einen Zeilenumbruch, ein Steuerzeichen oder eine spitze Klammer; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address &quot;%1&quot; contains a line break, control character or angle bracket.</source>
        <translation>Die Adresse „%1“ enthält einen Zeilenumbruch, ein Steuerzeichen oder eine spitze Klammer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server does not accept internationalized addresses (no SMTPUTF8), and &quot;%1&quot; has non-ASCII characters before the @.</source>
        <translation>Der Server nimmt keine internationalisierten Adressen an (kein SMTPUTF8), und „%1“ hat Nicht-ASCII-Zeichen vor dem @.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The domain of &quot;%1&quot; is not a valid domain name.</source>
        <translation>Die Domain von „%1“ ist kein gültiger Domainname.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message has UTF-8 headers, and the server does not accept them (no SMTPUTF8).</source>
        <translation>Die Nachricht hat UTF-8-Kopfzeilen, und der Server nimmt sie nicht an (kein SMTPUTF8).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message has 8-bit content, and the server does not accept it (no 8BITMIME).</source>
        <translation>Die Nachricht hat 8-Bit-Inhalt, und der Server nimmt ihn nicht an (kein 8BITMIME).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send smaller attachments, or a link to the files.</source>
        <translation>Senden Sie kleinere Anhänge oder einen Link zu den Dateien.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message is %1 bytes; the server accepts at most %2 bytes.</source>
        <translation>Die Nachricht ist %1 Byte groß; der Server nimmt höchstens %2 Byte an.</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>The server refuses a message of %1 bytes (%2).</source>
        <translation>Der Server lehnt eine Nachricht von %1 Byte ab (%2).</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>RET must be FULL or HDRS.</source>
        <translation>RET muss FULL oder HDRS sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NOTIFY takes NEVER, or SUCCESS, FAILURE and DELAY.</source>
        <translation>NOTIFY nimmt NEVER oder SUCCESS, FAILURE und DELAY.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NOTIFY=NEVER cannot be combined with other values.</source>
        <translation>NOTIFY=NEVER kann nicht mit anderen Werten kombiniert werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server does not offer delivery status notifications (DSN); the request was left out.</source>
        <translation>Der Server bietet keine Zustellbenachrichtigungen (DSN) an; die Anforderung wurde weggelassen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server does not offer delivery status notifications (DSN); the request for %1 was left out.</source>
        <translation>Der Server bietet keine Zustellbenachrichtigungen (DSN) an; die Anforderung für %1 wurde weggelassen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The message asks to travel only over TLS all the way (REQUIRETLS, RFC 8689), and the server at %1 does not offer that, so nothing was sent. Send it without that requirement, or through a server that offers it.</source>
        <translation>Die Nachricht verlangt, auf dem ganzen Weg nur über TLS übertragen zu werden (REQUIRETLS, RFC 8689), und der Server %1 bietet das nicht an, daher wurde nichts gesendet. Senden Sie sie ohne diese Anforderung oder über einen Server, der sie anbietet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message asks to travel only over TLS all the way (REQUIRETLS, RFC 8689), and the connection to %1 is not encrypted, so nothing was sent. Choose STARTTLS or SSL/TLS.</source>
        <translation>Die Nachricht verlangt, auf dem ganzen Weg nur über TLS übertragen zu werden (REQUIRETLS, RFC 8689), und die Verbindung zu %1 ist nicht verschlüsselt, daher wurde nichts gesendet. Wählen Sie STARTTLS oder SSL/TLS.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server cannot take mail from %1 right now: %2. Epistle will try again.</source>
        <translation>Der Server kann gerade keine E-Mail von %1 annehmen: %2. Epistle versucht es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the sender address %1: %2. Check the From address: many servers only accept the address of the account you log in with.</source>
        <translation>Der Server hat die Absenderadresse %1 abgelehnt: %2. Prüfen Sie die Von-Adresse: Viele Server nehmen nur die Adresse des Kontos an, mit dem Sie sich anmelden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server refused every recipient (%1); the message was not sent.</source>
        <translation>Der Server hat alle Empfänger abgelehnt (%1); die Nachricht wurde nicht gesendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The message is not open for reading.</source>
        <translation>Die Nachricht ist nicht zum Lesen geöffnet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message source went away before it was sent.</source>
        <translation>Die Quelle der Nachricht ist verschwunden, bevor sie gesendet wurde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>. The transfer was stopped, so no partial message was delivered.</source>
        <translation>. Die Übertragung wurde abgebrochen, daher wurde keine unvollständige Nachricht zugestellt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server does not offer CHUNKING (BDAT); use DATA.</source>
        <translation>Der Server bietet kein CHUNKING (BDAT) an; verwenden Sie DATA.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server stopped taking the message for %1 s; it was not delivered.</source>
        <translation>Der Server hat %1 s lang keine Daten der Nachricht angenommen; sie wurde nicht zugestellt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server could not take the message right now: %1. Epistle will try again.</source>
        <translation>Der Server konnte die Nachricht gerade nicht annehmen: %1. Epistle versucht es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the message: %1</source>
        <translation>Der Server hat die Nachricht abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The whole message had been sent, and the server&apos;s replies no longer match Epistle&apos;s commands, so nobody knows whether it took it. It may have been delivered: check before sending it again.</source>
        <translation>Die ganze Nachricht war gesendet, und die Antworten des Servers passen nicht mehr zu den Befehlen von Epistle, daher weiß niemand, ob er sie angenommen hat. Sie wurde möglicherweise zugestellt: Prüfen Sie das, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The whole message had been sent, and the server had not yet said whether it took it. It may have been delivered: check before sending it again.</source>
        <translation>Die ganze Nachricht war gesendet, und der Server hatte noch nicht gesagt, ob er sie angenommen hat. Sie wurde möglicherweise zugestellt: Prüfen Sie das, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server accepted the message (%1) after refusing its sender or every recipient; its replies contradict each other. It may have been delivered: check before sending it again.</source>
        <translation>Der Server hat die Nachricht angenommen (%1), nachdem er ihren Absender oder jeden Empfänger abgelehnt hatte; seine Antworten widersprechen sich. Sie wurde möglicherweise zugestellt: Prüfen Sie das, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is nothing to send.</source>
        <translation>Es gibt nichts zu senden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server at %1 refused the session in its greeting: &quot;%2&quot;. Usually it does not take mail from this network or address (a blocklist, or a provider that blocks the port), or this is not the server for sending mail. Check the server name and port, or try from another network.</source>
        <translation>Der Server %1 hat die Sitzung in seiner Begrüßung abgelehnt: „%2“. Meist nimmt er keine E-Mail aus diesem Netzwerk oder von dieser Adresse an (eine Sperrliste oder ein Anbieter, der den Port sperrt), oder dies ist nicht der Server für den E-Mail-Versand. Prüfen Sie Servernamen und Port, oder versuchen Sie es aus einem anderen Netzwerk.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SSL/TLS on port %1</source>
        <translation>SSL/TLS auf Port %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS on port %1</source>
        <translation>STARTTLS auf Port %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server at %1 accepted the connection but sent no greeting, and it does not answer a TLS handshake either, so SSL/TLS on this port would not help. Usually a firewall or antivirus program holds the connection without passing it on, or the port is not for mail. Try %2, or another network.</source>
        <translation>Der Server %1 hat die Verbindung angenommen, aber keine Begrüßung gesendet, und er antwortet auch nicht auf einen TLS-Handshake, daher würde SSL/TLS auf diesem Port nicht helfen. Meist hält eine Firewall oder ein Antivirenprogramm die Verbindung fest, ohne sie weiterzugeben, oder der Port ist nicht für E-Mail gedacht. Versuchen Sie %2 oder ein anderes Netzwerk.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server at %1 completed the TLS handshake but sent no greeting: it is overloaded, or a proxy or firewall holds the connection. Try again later, or from another network.</source>
        <translation>Der Server %1 hat den TLS-Handshake abgeschlossen, aber keine Begrüßung gesendet: Er ist überlastet, oder ein Proxy oder eine Firewall hält die Verbindung fest. Versuchen Sie es später erneut oder aus einem anderen Netzwerk.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server sends mail only for people who log in (%1), and this account has no user name and password. Add the user name and password of your mail account.</source>
        <translation>Der Server versendet E-Mails nur für Personen, die sich anmelden (%1), und dieses Konto hat keinen Benutzernamen und kein Passwort. Fügen Sie Benutzername und Passwort Ihres E-Mail-Kontos hinzu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server sends mail only for people who log in (%1), and this account&apos;s authentication is set to none. Set it to automatic.</source>
        <translation>Der Server versendet E-Mails nur für Personen, die sich anmelden (%1), und die Authentifizierung dieses Kontos steht auf „Keine Anmeldung“. Stellen Sie sie auf „Automatisch“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server refuses to log in before the connection is encrypted (%1); choose STARTTLS or SSL/TLS.</source>
        <translation>Der Server verweigert die Anmeldung, bevor die Verbindung verschlüsselt ist (%1); wählen Sie STARTTLS oder SSL/TLS.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server could not check the login right now (%1); try again later.</source>
        <translation>Der Server konnte die Anmeldung gerade nicht prüfen (%1); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused the sign-in token (%1): the sign-in has expired or was revoked. Sign in again.</source>
        <translation>Der Server hat das Anmeldetoken abgelehnt (%1): Die Anmeldung ist abgelaufen oder wurde widerrufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server refused the test recipient %1 (%2).</source>
        <translation>Der Server hat den Testempfänger %1 abgelehnt (%2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Its SHA-256 fingerprint is %1.</source>
        <translation>Sein SHA-256-Fingerabdruck ist %1.</translation>
    </message>
</context>
<context>
    <name>SmtpBodyEncoder</name>
    <message>
        <location filename="../../core/smtp/smtpbodyencoder.cpp" line="+22"/>
        <source>The message could not be read: its source is not open for reading</source>
        <translation>Die Nachricht konnte nicht gelesen werden: Ihre Quelle ist nicht zum Lesen geöffnet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The message could not be read: %1</source>
        <translation>Die Nachricht konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>SmtpReplyParser</name>
    <message>
        <location filename="../../core/smtp/smtpreply.cpp" line="+129"/>
        <location line="+20"/>
        <source>The server sent a line longer than %1 bytes</source>
        <translation>Der Server hat eine Zeile gesendet, die länger als %1 Bytes ist</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server sent a line that is not an SMTP reply: &quot;%1&quot;</source>
        <translation>Der Server hat eine Zeile gesendet, die keine SMTP-Antwort ist: „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server sent a malformed reply code: &quot;%1&quot;</source>
        <translation>Der Server hat einen fehlerhaften Antwortcode gesendet: „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server changed the reply code from %1 to %2 inside one reply</source>
        <translation>Der Server hat den Antwortcode innerhalb einer Antwort von %1 auf %2 geändert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server sent a reply larger than %1 bytes</source>
        <translation>Der Server hat eine Antwort gesendet, die größer als %1 Bytes ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server sent a reply of more than %1 lines</source>
        <translation>Der Server hat eine Antwort mit mehr als %1 Zeilen gesendet</translation>
    </message>
</context>
<context>
    <name>SmtpTransport</name>
    <message>
        <location filename="../../core/smtp/smtptransport.cpp" line="+30"/>
        <source>TLS (old version)</source>
        <translation>TLS (alte Version)</translation>
    </message>
</context>
<context>
    <name>SpellLanguageBox</name>
    <message>
        <location filename="../../ui/spell/spelllanguagebox.cpp" line="+10"/>
        <source>Spelling language</source>
        <translation>Sprache der Rechtschreibprüfung</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The desktop&apos;s language (%1)</source>
        <translation>Sprache der Arbeitsumgebung (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (no dictionary installed)</source>
        <translation>%1 (kein Wörterbuch installiert)</translation>
    </message>
</context>
<context>
    <name>SpellLanguageMenu</name>
    <message>
        <location filename="../../ui/spell/spellmenu.cpp" line="+82"/>
        <source>S&amp;pelling</source>
        <translation>Rechtschreib&amp;ung</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Check spelling as you type</source>
        <translation>Rechtschreibung während der Eingabe &amp;prüfen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Looking for dictionaries…</source>
        <translation>Wörterbücher werden gesucht …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No spelling dictionaries are installed (for example the hunspell-en-us package)</source>
        <translation>Es sind keine Wörterbücher für die Rechtschreibprüfung installiert (zum Beispiel das Paket hunspell-en-us)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No dictionary for %1 is installed: nothing is underlined</source>
        <translation>Für %1 ist kein Wörterbuch installiert: Es wird nichts unterstrichen</translation>
    </message>
</context>
<context>
    <name>SpellMenu</name>
    <message>
        <location line="-75"/>
        <source>(No suggestions)</source>
        <translation>(Keine Vorschläge)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add “%1” to dictionary</source>
        <translation>„%1“ zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add to dictionary</source>
        <translation>Zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” could not be added to your dictionary (%2): %3</source>
        <translation>„%1“ konnte nicht zu Ihrem Wörterbuch hinzugefügt werden (%2): %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ignore “%1” in this message</source>
        <translation>„%1“ in dieser Nachricht ignorieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove “%1” from dictionary</source>
        <translation>„%1“ aus dem Wörterbuch entfernen</translation>
    </message>
</context>
<context>
    <name>StoreFiles</name>
    <message>
        <location filename="../../core/store/storefiles.cpp" line="+37"/>
        <location line="+24"/>
        <source> The disk is full: free some space and try again.</source>
        <translation> Der Datenträger ist voll: Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+18"/>
        <source> The folder is on a read-only file system.</source>
        <translation> Der Ordner liegt auf einem schreibgeschützten Dateisystem.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source> Epistle is not allowed to write there.</source>
        <translation> Epistle darf dort nicht schreiben.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not %1 %2</source>
        <extracomment>%1 is an action such as &quot;write&quot; or &quot;create the folder&quot;, %2 a file or folder</extracomment>
        <translation>%2: %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../core/store/outboxjournal.cpp" line="-27"/>
        <location line="+29"/>
        <location filename="../../core/store/storefiles.cpp" line="+28"/>
        <source>write</source>
        <comment>Could not [action] FILE</comment>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location filename="../../core/store/storefiles.cpp" line="+17"/>
        <source>Could not read the message to store it: %1.</source>
        <translation>Die zu speichernde Nachricht konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The message to store was %1 bytes instead of the %2 announced; nothing was stored.</source>
        <translation>Die zu speichernde Nachricht hatte %1 Bytes statt der angekündigten %2; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 bytes reached the file instead of %2</source>
        <translation>%1 Bytes sind in der Datei angekommen statt %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+16"/>
        <location line="+6"/>
        <source>read</source>
        <comment>Could not [action] FILE</comment>
        <translation>Lesen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is damaged (%2).</source>
        <translation>%1 ist beschädigt (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+16"/>
        <location line="+9"/>
        <source>create the folder</source>
        <comment>Could not [action] FILE</comment>
        <translation>Anlegen des Ordners</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>a file of that name is in the way</source>
        <translation>eine Datei dieses Namens ist im Weg</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>move</source>
        <comment>Could not [action] FILE</comment>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>remove</source>
        <comment>Could not [action] FILE</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../core/store/outboxjournal.cpp" line="-41"/>
        <location filename="../../core/store/storefiles.cpp" line="+26"/>
        <location line="+8"/>
        <source>create</source>
        <comment>Could not [action] FILE</comment>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location filename="../../core/store/storelock.cpp" line="+72"/>
        <source>create the lock file</source>
        <comment>Could not [action] FILE</comment>
        <translation>Anlegen der Sperrdatei</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>lock</source>
        <comment>Could not [action] FILE</comment>
        <translation>Sperren</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>write the lock file</source>
        <comment>Could not [action] FILE</comment>
        <translation>Schreiben der Sperrdatei</translation>
    </message>
</context>
<context>
    <name>StoreLock</name>
    <message>
        <location line="-28"/>
        <source>It is in use by another Epistle (process %1).</source>
        <translation>In Benutzung durch ein anderes Epistle (Prozess %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is in use by another Epistle.</source>
        <translation>In Benutzung durch ein anderes Epistle.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The lock file %1 keeps changing; another Epistle is using it.</source>
        <translation>Die Sperrdatei %1 ändert sich ständig; ein anderes Epistle verwendet sie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locking is not implemented on this platform.</source>
        <translation>Sperren ist auf dieser Plattform nicht implementiert.</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <location filename="../../core/tlstrust.cpp" line="+44"/>
        <source>TLS (old version)</source>
        <translation>TLS (alte Version)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1, %2 (%3 bits); certificate %4, issued by %5, valid until %6, SHA-256 %7</source>
        <translation>%1, %2 (%3 Bit); Zertifikat %4, ausgestellt von %5, gültig bis %6, SHA-256 %7</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; trusted by this account&apos;s pin</source>
        <translation>; vertraut durch den für dieses Konto hinterlegten Fingerabdruck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; accepted by you despite: %1</source>
        <translation>; von Ihnen akzeptiert trotz: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server&apos;s certificate is for %1, not for %2. Check the server name in the settings; only trust this certificate if you know why the names differ.</source>
        <translation>Das Zertifikat des Servers gilt für %1, nicht für %2. Prüfen Sie den Servernamen in den Einstellungen; vertrauen Sie diesem Zertifikat nur, wenn Sie wissen, warum die Namen abweichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server&apos;s certificate for %1 expired on %2. The server&apos;s administrator must renew it.</source>
        <translation>Das Zertifikat des Servers für %1 ist am %2 abgelaufen. Der Administrator des Servers muss es erneuern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate for %1 is not valid before %2. Check this computer&apos;s date and time.</source>
        <translation>Das Zertifikat des Servers für %1 ist erst ab %2 gültig. Prüfen Sie Datum und Uhrzeit dieses Computers.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server&apos;s certificate for %1 is not signed by an authority this system trusts: %2. If you set this server up yourself, compare its SHA-256 fingerprint %3 and trust this certificate, or choose the file of the authority (CA) that signed it.</source>
        <translation>Das Zertifikat des Servers für %1 ist nicht von einer Zertifizierungsstelle signiert, der dieses System vertraut: %2. Wenn Sie diesen Server selbst eingerichtet haben, vergleichen Sie seinen SHA-256-Fingerabdruck %3 und vertrauen Sie diesem Zertifikat, oder wählen Sie die Datei der Zertifizierungsstelle (CA), die es signiert hat.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it is self-signed: the server vouches for itself, no authority does</source>
        <translation>es ist selbstsigniert: Der Server bürgt für sich selbst, keine Zertifizierungsstelle tut es</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is signed by a private authority (a self-signed CA) this computer does not know</source>
        <translation>es ist von einer privaten Zertifizierungsstelle (einer selbstsignierten CA) signiert, die dieser Computer nicht kennt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the authority that signed it is not installed on this computer, or the server did not send the intermediate certificate</source>
        <translation>die Zertifizierungsstelle, die es signiert hat, ist auf diesem Computer nicht installiert, oder der Server hat das Zwischenzertifikat nicht mitgesendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this computer is not set up to trust it</source>
        <translation>dieser Computer ist nicht so eingerichtet, dass er ihm vertraut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is marked as not to be trusted</source>
        <translation>es ist als nicht vertrauenswürdig markiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its authority has revoked it</source>
        <translation>seine Zertifizierungsstelle hat es widerrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has expired</source>
        <translation>es ist abgelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not valid yet</source>
        <translation>es ist noch nicht gültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is issued for another server name</source>
        <translation>es ist für einen anderen Servernamen ausgestellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an authority in its chain is not allowed to sign it</source>
        <translation>eine Zertifizierungsstelle in seiner Kette darf es nicht signieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not meant for a server</source>
        <translation>es ist nicht für einen Server bestimmt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its signature does not check out</source>
        <translation>seine Signatur ist ungültig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is malformed</source>
        <translation>es ist fehlerhaft aufgebaut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the TLS library reports: %1</source>
        <translation>die TLS-Bibliothek meldet: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate of %1 is not the one trusted for this account (fingerprint %2). It may have been renewed, or someone is in between. Check it before trusting it.</source>
        <translation>Das Zertifikat von %1 ist nicht das, dem für dieses Konto vertraut wird (Fingerabdruck %2). Vielleicht wurde es erneuert, oder jemand sitzt dazwischen. Prüfen Sie es, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The CA file %1 holds no PEM certificate (the authority&apos;s certificate file starts with &quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat (die Zertifikatsdatei der Zertifizierungsstelle beginnt mit &quot;-----BEGIN CERTIFICATE-----&quot;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA file %1 does not exist.</source>
        <translation>Die CA-Datei %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>TrustedCertificates</name>
    <message>
        <location filename="../../core/accounts/trustedcertificates.cpp" line="+32"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <location filename="../../ui/uitext.cpp" line="+9"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None (unencrypted)</source>
        <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2 (%3)</source>
        <translation>%1:%2 (%3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 on port %2</source>
        <translation>%1 an Port %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the strongest login method the server offers</source>
        <translation>die stärkste Authentifizierungsmethode, die der Server anbietet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>login method %1</source>
        <translation>Authentifizierungsmethode %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trust the server&apos;s certificate</source>
        <translation>dem Zertifikat des Servers vertrauen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use %1 and send again</source>
        <translation>Übernehmen (%1) und erneut senden</translation>
    </message>
</context>
<context>
    <name>UndoSendMenu</name>
    <message>
        <location filename="../../ui/undosendmenu.cpp" line="+8"/>
        <source>&amp;Undo send</source>
        <translation>Senden &amp;rückgängig machen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Off: send at once</source>
        <translation>&amp;Aus: sofort senden</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Wait %n second(s) before sending</source>
        <translation>
            <numerusform>%n Sekunde vor dem Senden warten</numerusform>
            <numerusform>%n Sekunden vor dem Senden warten</numerusform>
        </translation>
    </message>
</context>
</TS>
