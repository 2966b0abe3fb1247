<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>Account</name>
    <message>
        <location filename="../../core/accounts/account.cpp" line="+194"/>
        <source>The account has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account has no sender address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sender address &quot;%1&quot; is not an address (name@domain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sender address cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account has no server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A field holds a line break: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 proxy needs a server and a port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The timeout must be between 1 and 3600 seconds (0 for the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A pinned fingerprint is not a SHA-256 digest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountAdvancedPage</name>
    <message>
        <location filename="../../ui/accountadvancedpage.cpp" line="+23"/>
        <source>EHLO name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra CA certificates file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>automatic (reveals no host name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>standard (RFC 5321)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: a PEM file with your organisation&apos;s CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trusted server certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop trusting the selected certificate: a server that presents it is refused again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;quire TLS all the way to the recipients (REQUIRETLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RFC 8689: a message is sent only where the server promises to pass it on over TLS to the end; a server that cannot promise it gets nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOCKS5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP (CONNECT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxy port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxy user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deli&amp;vered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dela&amp;yed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A bounce returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server&apos;s choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the headers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;EHLO name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ti&amp;meout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trusted certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pro&amp;xy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;bounce returns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Certificate of %1
SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate of %1: %2
Valid %3
SHA-256 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>this server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountEditorDialog</name>
    <message>
        <location filename="../../ui/accounteditor.cpp" line="+34"/>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit account — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent co&amp;py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Enter the server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The Reply-To address is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another account is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountFile</name>
    <message>
        <location filename="../../core/accounts/accountfile.cpp" line="+12"/>
        <source> line %1</source>
        <extracomment>Follows the accounts file&apos;s name; %1 is a line number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (account &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/accountfileparser.cpp" line="+76"/>
        <source>unknown escape \%1 in a quoted value (use \n, \t, \&quot; or \\)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a quoted value has no closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+405"/>
        <source>no address (add &quot;address = you@example.org&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no server (add &quot;server = smtp.example.org&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another account above has the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another account above has the same id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-333"/>
        <source>a section header must end with ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unexpected text after the account&apos;s quoted name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the account has no name: write [account &quot;NAME&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>unknown section [%1] (expected [epistle] or [account &quot;NAME&quot;])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-33"/>
        <source>text outside any section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the line is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>expected &quot;key = value&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: unexpected text after the closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>version must be a whole number, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>unknown setting &quot;%1&quot; in [epistle]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is set twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>id must be a single word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>default must be true or false, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>local-test-server must be true or false, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>port must be a number from 1 to 65535 (or empty), found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>security must be tls, starttls or none, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>auth must be auto, none or a mechanism name, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>timeout must be seconds from 1 to 3600 (0 for the default), found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fingerprint must be a SHA-256 digest (64 hex digits, colons allowed), found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>require-tls must be yes or no, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>proxy must be none, system, socks5 or http, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>proxy-server must be HOST:PORT, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>dsn-notify takes success, failure and delay (comma-separated) or default, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dsn-return must be full, headers or default, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-140"/>
        <source>unknown setting &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountIdentityPage</name>
    <message>
        <location filename="../../ui/accountidentitypage.cpp" line="+16"/>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply-To address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use as the &amp;default account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work, Home, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alice Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alice@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added below your messages, after a &quot;-- &quot; line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reply-To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;gnature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;pelling:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountImap</name>
    <message>
        <location filename="../../core/accounts/accountimap.cpp" line="+33"/>
        <source>The account &quot;%1&quot; has no IMAP server any more, so the copy cannot be saved; give the account one, then try the copy again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+83"/>
        <source>An IMAP field holds a line break: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The IMAP server must be reached with TLS or STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the folder that takes the copies of sent mail, or choose &quot;auto&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>imap-port must be a number from 1 to 65535 (or empty), found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>imap-security must be tls or starttls, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sent-folder must be auto, none or a folder name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <location filename="../../core/accounts/accountlistmodel.cpp" line="+33"/>
        <source>%1 via %2:%3 (%4)</source>
        <extracomment>The sender (&quot;Name &lt;address&gt;&quot;), the server, its port and the security (tls, starttls or none)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountSentCopyPage</name>
    <message>
        <location filename="../../ui/accountsentcopypage.cpp" line="+17"/>
        <source>Folder for sent mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMAP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IMAP user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMAP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a copy in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Sent folder on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This folder on the server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imap.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IMAP security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IMAP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the outgoing server&apos;s user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only for another user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy is saved after the outgoing server accepted the message. If it cannot be saved, it is tried again on its own: the message is never sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Po&amp;rt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save a &amp;copy in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;IMAP server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Securit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountServerPage</name>
    <message>
        <location filename="../../ui/accountserverpage.cpp" line="+30"/>
        <source>Outgoing server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Detect settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>smtp.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (strongest offered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain is available: a password entered here is kept until Epistle quits, then asked for again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find the server for this address: settings shipped with Epistle, the domain&apos;s DNS and autoconfig, and a probe of the usual servers (no password is sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;curity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unchanged (kept in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Enter the email address first (on the Identity page): the settings are found from its domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Looking for the settings of %1… %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for the settings of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No settings were found for %1. Enter the outgoing server your provider gives (often smtp.%1, port 465 with SSL/TLS or 587 with STARTTLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filled in %1:%2 (%3) from %4 — %5% sure. Use &quot;Test settings&quot; to check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1:%2 (%3) — %4, %5%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <location filename="../../core/accounts/accountstore.cpp" line="+63"/>
        <location line="+9"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 is %2 bytes: far too large for an accounts file; it was left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The accounts file was written by a newer Epistle (format %1; this one knows format %2). Accounts can be used but not changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The accounts file&apos;s format version cannot be read; accounts can be used but not changed until it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Another Epistle is changing the accounts (%1 is locked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The accounts file cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot create the directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save a copy of %1 as %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <location line="+8"/>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+61"/>
        <source>An account named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-58"/>
        <source>An account with id %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+43"/>
        <source>There is no account with id %1 (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-32"/>
        <source>&quot;%1&quot; is the default account; make another account the default instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>There is no account with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../ui/accountsdialog.cpp" line="+37"/>
        <source>%1 (default)
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+6"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set as &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No keychain is available (%1): passwords are kept only until Epistle quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Duplicate account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove the account &quot;%1&quot; and its saved password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove the account &quot;%1&quot; and its saved password? %n message(s) wait for this account in the outbox: they stay there, and the Outbox window sends them from another account (Send from).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Default account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressLineEdit</name>
    <message>
        <location filename="../../ui/addresslineedit.cpp" line="+17"/>
        <source>Name &lt;address@example.org&gt;, another@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+238"/>
        <source>Invalid address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a valid address list: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressParser</name>
    <message>
        <location filename="../../core/mime/addresstokenizer.cpp" line="+11"/>
        <source> (at character %1)</source>
        <extracomment>Appended to a problem with an address; %1 is the position of the character, counting from 1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+140"/>
        <source>The comment opened with &apos;(&apos; is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+99"/>
        <source>The quote opened with &apos;&quot;&apos; is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A &apos;[&apos; cannot appear inside a domain literal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The domain literal opened with &apos;[&apos; is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-112"/>
        <source>a control character (U+%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mime/addressparser.cpp" line="+260"/>
        <location filename="../../core/mime/addresstokenizer.cpp" line="+3"/>
        <source>Unexpected %1</source>
        <extracomment>%1 is a quoted character such as &apos;&gt;&apos;, or &quot;a control character (U+0007)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-212"/>
        <source>Expected a comma before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No address given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only one address is expected here, but %1 follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Expected &apos;:&apos; after the group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A group needs a name before &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The group &quot;%1&quot; is not closed with &apos;;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Expected &apos;,&apos; or &apos;;&apos; in the group, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A group cannot contain another group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unexpected %1 in a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A source route must end with &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Empty address &apos;&lt;&gt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The &apos;&lt;&apos; is never closed by &apos;&gt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected &apos;&gt;&apos; to close the address, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unexpected &apos;&gt;&apos; without &apos;&lt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an email address: it needs an @ and a domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Unexpected &apos;[&apos; in a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Spaces are not allowed in an address; a name goes before the address in &lt;...&gt;, as in: Jane Doe &lt;jane@example.org&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A dot cannot start the part before @ or follow another dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The address is missing &apos;@&apos; and a domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected %1 in an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The address is missing the part before @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A dot cannot end the part before @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The part before @ contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The part before @ is longer than 64 octets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&apos;%1&apos; cannot appear in a domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A dot cannot start a domain or follow another dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The address is missing the domain after @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A domain cannot end with a dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The domain is longer than 255 octets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A part of the domain is longer than 63 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a valid international domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-144"/>
        <source>A name must come before the address in &lt;...&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+249"/>
        <source>&quot;%1&quot; is not a plain address such as user@example.org</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../ui/appcontext.cpp" line="+87"/>
        <source>The server refused the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Local test server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Sent with Epistle to the local test server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+94"/>
        <source>No password was given for the account &quot;%1&quot;, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No IMAP password is saved for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentListModel</name>
    <message>
        <location filename="../../core/store/attachmentlistmodel.cpp" line="+47"/>
        <source>Attached by the mail link that opened this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder; attach the files in it, or an archive of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be read (permissions).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentPanel</name>
    <message>
        <location filename="../../ui/attachmentpanel.cpp" line="+28"/>
        <source>&amp;Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Attach files (Ctrl+Shift+A), or drop them on the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No attachments — drop files here or press Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n attachment(s), %1 in all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AutoconfigXml</name>
    <message>
        <location filename="../../core/accounts/autoconfigxml.cpp" line="+137"/>
        <source>the document is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not an autoconfig document (the root is &lt;%1&gt;, not &lt;clientConfig&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no &lt;emailProvider&gt; in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no usable &lt;outgoingServer type=&quot;smtp&quot;&gt; in the document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <location filename="../../ui/bodyeditor.cpp" line="+147"/>
        <location line="+6"/>
        <source>Formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Switch to plain text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain text keeps the words only: formatting, links and images in the message will be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Formatting needs rich text (HTML): switch it on in the Format menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+348"/>
        <location line="+9"/>
        <location line="+10"/>
        <source>Insert image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be inserted: it cannot be read, or it is larger than 20 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not an image Epistle can show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateView</name>
    <message>
        <location filename="../../ui/certificateview.cpp" line="+31"/>
        <source>Server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use the authority&apos;s &amp;file (CA)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For a company or home server whose certificates your own authority signs: Epistle then trusts what that authority signs, for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issued to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issued to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trust it only if you know this server uses a certificate of its own (a company or home server) and the fingerprint matches what its administrator gave you. Epistle will then accept exactly this certificate for this server, and warn you if it ever changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The authority&apos;s certificate (CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>from %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source> — expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (names: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not trusted by this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trust this certificate for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliOption</name>
    <message>
        <location filename="../../app/cli/accountscommand.cpp" line="+106"/>
        <source>The sender, &quot;Name &lt;addr&gt;&quot; or addr (the name becomes the display name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sender&apos;s display name (instead of the one in --from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replies go to ADDR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signature: the text in FILE (- for stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none, system, socks5://HOST:PORT or http://HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log in to the proxy as USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivery notifications to ask for: default, or a list of success,failure,delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>default, full or headers: what a bounce returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes: every message travels over TLS all the way or is not sent (REQUIRETLS, RFC 8689); no: as the server and receivers choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make it the default account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+573"/>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give up after SECONDS (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not try guessed servers (smtp.DOMAIN, mail.DOMAIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cliutil.cpp" line="+179"/>
        <source>Print the protocol transcript (C:/S:) on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print one JSON object with the outcome on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/connectionoptions.cpp" line="+18"/>
        <source>Use the saved account NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SMTP server, HOST[:PORT].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tls (implicit, port 465), starttls (required, port 587) or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in as USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the password (or OAuth token) from environment variable VAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the password (or OAuth token) from the first line of FILE: a file only you can read (chmod 600), or a pipe such as &lt;(pass show mail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>auto, none, plain, login, cram-md5, digest-md5, scram-sha-1, scram-sha-256, ntlm (over TLS only), gssapi, xoauth2 or oauthbearer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also trust the CA certificates in PEM file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust exactly the server certificate with this SHA-256 fingerprint (hex, colons optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name to give in EHLO (default: this machine&apos;s address literal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seconds to wait for each step (default: RFC 5321&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/draftscommand.cpp" line="+31"/>
        <source>One JSON object on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/helpcommand.cpp" line="+40"/>
        <source>Write the manual page epistle(1) in roff on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the completion script for bash or zsh on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/imapcli.cpp" line="+75"/>
        <source>Save a copy of sent mail on this IMAP server (port 993 unless given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tls (the default) or starttls, for the IMAP server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in to the IMAP server as LOGIN (default: the SMTP login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the copy goes: auto (the folder the server marks as Sent), a folder NAME, or none (do not save a copy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With another --imap-user: the IMAP password from the environment variable VAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With another --imap-user: the IMAP password from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/messageoptions.cpp" line="+12"/>
        <source>The sender, &quot;Name &lt;addr&gt;&quot; or addr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A recipient (repeatable; a comma-separated list works too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A copy recipient (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A blind copy recipient (repeatable; never in the headers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where replies should go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plain-text body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the plain-text body (UTF-8) from FILE, or - for stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An HTML body (UTF-8); a plain-text alternative is made from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attach FILE (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add FILE as an inline image; the HTML refers to it as cid:&lt;its file name&gt; (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a header line &quot;Name: value&quot; (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the prepared message in FILE (- for stdin) as it is, without its Bcc header fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/oauthcli.cpp" line="+30"/>
        <source>Sign in with OAuth 2: google, microsoft or custom (then epistle accounts login NAME); none turns it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>custom: the authorization endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>custom: the token endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scopes to ask for (space-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The OAuth client id registered with the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the OAuth client secret from environment variable VAR (kept in the system keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only print the address; do not open a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait this long for the browser (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait for the browser on this port of 127.0.0.1 (default: a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/outboxcommand.cpp" line="+266"/>
        <source>With list: the sent folder instead of the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/sendcommand.cpp" line="+28"/>
        <source>Compose the message and write it out instead of sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --dry-run: write the message to FILE (- for stdout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask for delivery status notifications: never, or a list of success,failure,delay (RFC 3461).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>full or headers: what a bounce returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes: the message travels over TLS all the way or is not sent (REQUIRETLS, RFC 8689); no: it carries &quot;TLS-Required: No&quot;. Default: the account&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put the message in the outbox and return (epistle outbox flush sends it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When the message is not sent, keep it in the outbox for epistle outbox flush (without it a failed send leaves nothing behind).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send later: keep the message in the outbox until TIME (ISO 8601, e.g. 2025-01-02T14:05 or 2025-01-02T14:05:00+01:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/testcommand.cpp" line="+24"/>
        <source>Also try MAIL FROM with ADDR (then RSET).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also try RCPT TO with ADDR (then RSET).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Announce a message of BYTES with MAIL FROM (checks the SIZE limit).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown account &quot;%1&quot;: no account is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/cli/connectionoptions.cpp" line="+280"/>
        <source>unknown account &quot;%1&quot;; the accounts are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+118"/>
        <source>--proxy takes none, system, socks5://HOST:PORT or http://HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>--dsn-notify takes default, or success, failure and delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--dsn-return takes default, full or headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/cli/sendcommand.cpp" line="-247"/>
        <source>--require-tls takes yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>the system keychain cannot keep the password (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+37"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-37"/>
        <source>not needed (auth none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>saved in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not saved (asked for when needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/cli/oauthcli.cpp" line="+165"/>
        <source>unknown: the system keychain is not available (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply-To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Require TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes, all the way to the recipient (RFC 8689)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EHLO name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trusted cert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source> as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notify %1, return %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>accounts show takes one account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>say who the mail is from: --from ADDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>say which server: --server HOST[:PORT] --security tls|starttls|none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an account named &quot;%1&quot; exists already (epistle accounts edit changes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>; the account was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; the account was not added. Add it without --password-env/--password-file to be asked for the password each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>accounts %1 takes one account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--account does not go with accounts add/edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Changed account &quot;%1&quot;: %2 via %3 (%4)%5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added account &quot;%1&quot;: %2 via %3 (%4)%5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; password saved in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>accounts rename takes the account&apos;s name and its new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>accounts remove takes one account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Removed account &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>epistle: warning: its password could not be removed from the system keychain (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is the default account now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>accounts default takes one account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is the default account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Then sign in: epistle accounts login NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then check it: epistle test --account NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>accounts discover takes one e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout takes seconds, more than 0 and at most 120</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+93"/>
        <source>unknown accounts command &quot;%1&quot;: list, show, add, edit, rename, remove, default, discover or login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cliutil.cpp" line="-147"/>
        <source>Try &apos;epistle help&apos; for the commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/connectionoptions.cpp" line="-221"/>
        <source>--server: &quot;%1&quot; is not HOST[:PORT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--security takes tls, starttls or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--auth needs a mechanism name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--fingerprint takes a SHA-256 digest: 64 hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--timeout takes seconds, more than 0 and at most 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--password-env: the environment variable %1 is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+107"/>
        <source>OAuth token for %1 (account %2): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for %1 (account %2): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OAuth token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no %1 is saved for account &quot;%2&quot;, and there is no terminal to ask for one: save it with epistle accounts edit &quot;%2&quot; --password-env VAR, or give --password-env VAR / --password-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the %1 of account &quot;%2&quot; cannot be read because the system keychain is not available (%3), and there is no terminal to ask for it: give --password-env VAR or --password-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the accounts cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown account &quot;%1&quot;: no account is saved (epistle accounts add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>account &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Password for %1 at %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--user needs a password: --password-env VAR or --password-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a password was given without --user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/draftscommand.cpp" line="-8"/>
        <source>drafts takes: list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1  %2  to %3  &quot;%4&quot;%5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>  %n attachment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/messageoptions.cpp" line="+39"/>
        <source>say who the message is from: --from ADDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>say who receives the message: --to ADDR (or --cc, --bcc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give --body or --body-file, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--attach: cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--inline: cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--inline images need an HTML body (--html-file) that refers to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/outboxcommand.cpp" line="-192"/>
        <source>Another Epistle is sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: sent to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (refused: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source> (next attempt %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+11"/>
        <source> [warning: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1: copy saved in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No sent messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The outbox is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1  %2  to %3  &quot;%4&quot;  %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source> until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  %2  attempts %3  to %4  &quot;%5&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>    problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>    last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>outbox %1 takes one message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/cli/sendcommand.cpp" line="-85"/>
        <location filename="../../app/cli/testcommand.cpp" line="+31"/>
        <source>unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown outbox action &quot;%1&quot; (list, flush, retry ID, remove ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Removed %1 from the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/outgoingmessage.cpp" line="+44"/>
        <location line="+18"/>
        <location line="+13"/>
        <source>--eml: cannot keep the message from %1 in a temporary file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+110"/>
        <source>--eml: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-94"/>
        <source>--eml: %1 was empty: there is no message to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+98"/>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--eml: %1 has no blank line after its header fields within the first 1 MiB; it does not look like a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>--eml: the message names no sender or no recipients; give --from and --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/sendcommand.cpp" line="+7"/>
        <source>--output goes with --dry-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--send-at takes an ISO 8601 time, e.g. 2025-01-02T14:05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--dry-run does not send or queue; leave out --queue and --send-at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--dry-run sends nothing, so there is nothing to keep; leave out --keep-on-failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--dry-run composes a message; with --eml there is nothing to compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--eml sends the message as it is: --%1 cannot change it (only the envelope can: --from, --to, --cc, --bcc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--dsn-return takes full or headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Queued as %1, to be sent at %2 (epistle outbox flush sends what is due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued as %1 (epistle outbox flush sends it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>the message stays in the outbox as %1 and is tried again from %2 (epistle outbox flush, or epistle outbox retry %1 now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the message stays in the outbox as %1, marked &quot;may have been sent&quot;: it is not sent again on its own; check with the recipients, then epistle outbox retry %1 or epistle outbox remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the message stays in the outbox as %1 (%2); epistle outbox retry %1 sends it again, epistle outbox remove %1 drops it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>. Warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The message was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>epistle: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>epistle: warning: %1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>epistle: note: the message stays in the outbox as %1 for the recipients refused for now (epistle outbox flush tries again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sent to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the outbox cannot be used, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The message was not sent; it stays in the outbox as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 The message stays in the outbox as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/storecli.cpp" line="-11"/>
        <source>epistle: note: the outbox message %1 was being sent when Epistle stopped and may have been delivered; it is not sent again on its own (epistle outbox retry %1 sends it again, epistle outbox remove %1 drops it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>epistle: note: the outbox message %1 was interrupted before it was sent; it is queued again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The message names no account and no server; give the connection options (--server ... or --account NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The message was queued with --password-env %1, and %1 is not set now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The message was queued with --password-file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message logs in as %1 but no password source was stored; give --password-env or --password-file with the connection options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/testcommand.cpp" line="+16"/>
        <source>--size takes a number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--size needs --from (it is announced with MAIL FROM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+111"/>
        <source>All steps passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>To trust this certificate for this server: --fingerprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested: --security %1 --server %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suggested: --user NAME with --password-env VARIABLE or --password-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>epistle: the server refused the access token; refreshing it and testing again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/oauthcli.cpp" line="-143"/>
        <source>--oauth takes google, microsoft, custom or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 goes with --oauth google|microsoft|custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--oauth-client-secret-env: the environment variable %1 is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the system keychain cannot keep the OAuth client secret (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in again with: epistle accounts login &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>signed in with %1 as %2 (since %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sign-in expired: %1 Sign in again with: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not signed in to %1 yet (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no browser could be started (xdg-open); open the address yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>accounts login takes one account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout takes seconds, from 1 to 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--redirect-port takes a port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown account &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>account &quot;%1&quot; does not sign in with OAuth; set it up with epistle accounts edit &quot;%1&quot; --auth xoauth2 --oauth google|microsoft|custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Open this address in a browser to sign in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>signed in, but the system keychain cannot keep the sign-in (%1); nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 gave no refresh token: this sign-in lasts until the access token expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/imapcli.cpp" line="-60"/>
        <source>--imap-server: &quot;%1&quot; is not HOST[:PORT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--imap-password-env: the environment variable %1 is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>say which IMAP server keeps the copies: --imap-server HOST[:PORT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--imap-security takes tls or starttls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--sent-folder takes auto, none or a folder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the IMAP login is the SMTP login, so the SMTP password is used; --imap-password-env/--imap-password-file go with another --imap-user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the system keychain cannot keep the IMAP password (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+13"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Sent copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>not saved (no IMAP server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IMAP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IMAP login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (the SMTP password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in the server&apos;s Sent folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in the folder &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No IMAP password is saved for %1 (epistle accounts edit %2 --imap-password-env VAR saves one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The account the message was sent from no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+96"/>
        <source>epistle: warning: the message was sent, but its copy was not saved in the Sent folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>epistle: note: the copy is tried again on its own (epistle outbox flush tries it now); the message is not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>epistle: note: the message is not sent again; once the cause is fixed, epistle outbox flush tries the copy again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Suggested: --imap-security %1 --imap-server %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/sendmailcommand.cpp" line="+66"/>
        <source>epistle sendmail does not take --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>-%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>epistle sendmail does not know the flag %1 (it takes -t, -f ADDR, -a ACCOUNT, -N, -R, and ignores -i, -o..., -B, -F, -V, -e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give the recipients as arguments or -t, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no recipients: name them as arguments, or give -t to take them from the message&apos;s To, Cc and Bcc fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandReference</name>
    <message>
        <location filename="../../app/cli/cli.cpp" line="+39"/>
        <source>unknown command &quot;%1&quot; (the commands: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/commandreference.cpp" line="+25"/>
        <source>Send a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Composes a message from the message options, or takes a prepared one with --eml, and sends it through the SMTP server the connection options name. Without --account or --server the default account is used.

Every message goes through the outbox, the same one the composer window uses: it is put there first, then sent at once. When sending fails, standard error says what the server replied; the exit code says the rest, so the message is taken out of the outbox again, unless --keep-on-failure keeps it there for epistle outbox flush. A message that may have been delivered (the connection broke after its last byte left) always stays, marked so, and is never sent again on its own: check with the recipients, then epistle outbox retry ID or epistle outbox remove ID. --queue leaves the message in the outbox (epistle outbox flush sends it), --send-at keeps it there until the given time, and --dry-run writes the composed message instead of sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Check a server&apos;s settings step by step without sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connects to the server and runs each step a send would: the connection, TLS (the certificate checked against the server&apos;s name), EHLO, STARTTLS, the login; with --from and --rcpt also MAIL FROM and RCPT TO, then RSET, so nothing is sent. Each step is printed with the server&apos;s reply and how long it took; a step that fails comes with a diagnosis and what to change. The exit status is 0 when every step passed, otherwise that of the first step that failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Manage the saved accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>List the accounts; * marks the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show an account&apos;s settings, and whether its password is saved (never the password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a new account; --server and --security are needed, the rest is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change an account; what is not given keeps its value. The same options as add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give an account another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove an account, and its password from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make an account the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find the server settings for an e-mail address: DNS SRV records (RFC 6186), the provider&apos;s autoconfig file, the settings of large providers Epistle knows, then a probe of the usual server names; prints the command that saves the best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign an OAuth 2 account in (one added with --oauth google|microsoft|custom): prints &quot;Open this address in a browser to sign in: URL&quot; on standard error, opens the browser unless --no-browser, waits for the provider&apos;s answer on 127.0.0.1 (5 minutes unless --timeout), then keeps the refresh token in the system keychain and prints &quot;Signed in as ADDR&quot;. Exit 77 when the provider refuses, 75 when no answer comes in time. send and test then refresh the access token as needed; a sign-in the provider revoked ends with exit 77 and the login command to run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>List, send or remove the messages waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outbox holds the messages that are queued, waiting for another try after a temporary failure, or that may have been sent already. It is shared with the composer window. ID is a message&apos;s id as list shows it, or a part of it that names one message. The connection options of flush and retry replace the account a message was queued with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List the outbox (with --sent: the sent messages and their delivery reports).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send one message now, also one that may have been sent: the person&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drop a message from the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List the drafts the composer saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafts save themselves while a message is written in the composer window; a draft is closed, open in a window, or recoverable (its window was closed by a crash: the next start offers it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the drafts, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the commands, or a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a command: the commands and what they do. With one: its synopsis and every option it takes; epistle COMMAND --help says the same. --man and --completion write this manual page and the shell completions (the build installs them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connection options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to reach the SMTP server: a saved account (--account), or a server given in full (--server and --security, with --user and a password source for a login). Options given with --account replace that account&apos;s settings for this run; without --account or --server the default account is used.

A password never comes from the command line itself: it comes from --password-env, --password-file, the system keychain (saved accounts) or a prompt on the terminal. --security starttls requires STARTTLS: Epistle never falls back to plain text. Certificates are checked against the server&apos;s name; --ca-file and --fingerprint add trust, nothing turns the check off. No password is sent before TLS, except to a server on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Message options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to send: the sender, the recipients, the subject and the text, with attachments and inline images; or a prepared message (--eml), sent as it is but for its Bcc header fields, with the envelope from --from and --to or else from its headers. Addresses are written addr or &quot;Name &lt;addr&gt;&quot;; --to, --cc and --bcc also take comma-separated lists. Bcc recipients never appear in the headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Output options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-147"/>
        <source>An account is a saved set of connection options with a sender address and a few extras (display name, Reply-To, signature, proxy, delivery notifications); send and test use one with --account NAME, and the default one when neither --account nor --server is given. The composer window shows the same accounts. NAME is the account&apos;s name or its id.

Passwords and OAuth tokens go to the system keychain (Secret Service or KWallet), never to a file: add and edit store the one given with --password-env or --password-file there.

Google and Microsoft accounts sign in with OAuth 2 instead of a password: add the account with --auth xoauth2 --oauth google (or microsoft, or custom with --oauth-authorize-url, --oauth-token-url and --oauth-scope), then run accounts login NAME once. The OAuth client id comes from --oauth-client-id, else from the one built into this package, else from the provider file; a client secret, where the provider needs one, from the environment variable --oauth-client-secret-env names (kept in the keychain).

With --imap-server, every message the account sends is also saved in the Sent folder of that IMAP server, once the SMTP server accepted it: the folder the server marks as Sent (or a well-known name), the one --sent-folder names, or none with --sent-folder none. The IMAP login and password are the SMTP ones unless --imap-user names another login (whose password --imap-password-env or --imap-password-file puts in the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Send the message on standard input, called as sendmail or msmtp is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For mail programs that hand a message to sendmail or msmtp: git send-email --sendmail-cmd=&quot;epistle sendmail&quot;, mutt&apos;s set sendmail=&quot;epistle sendmail -a work&quot;. The message is read from standard input and sent as it is, like epistle send --eml -: the recipients are the arguments, or with -t the message&apos;s To, Cc and Bcc fields (not both); the sender is -f ADDR, else the message&apos;s From field; -a ACCOUNT is --account. -N and -R ask for delivery notifications (--dsn-notify, --dsn-return; hdrs means headers). -i, -o..., -B, -F, -V and -e are accepted and ignored: the message is always read to its end, as msmtp reads it. The outbox, its keep rule and the exit codes are send&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Send every message that is due, first in first out, one connection per account; then save the copies still owed to the IMAP servers&apos; Sent folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The transcript of --trace has a C: line for each command and an S: line for each reply, with passwords and tokens redacted. The JSON object of --json (one line) says ok, the server and its TLS session, each recipient&apos;s result, each step with its reply and time, the round trips and bytes sent, and the error: its step, reply code, enhanced status code and message; with an account that keeps copies, sentCopy says whether the copy is in the IMAP server&apos;s Sent folder (ok, folder, uid) or what went wrong (the message itself is never sent again for it; outbox flush tries the copy again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Show the commands (epistle help COMMAND: a command&apos;s options).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+126"/>
        <source>write and send mail through your own SMTP accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Epistle is a mail composer for the desktop with a dependable SMTP engine. Started without a command, or with a mailto: URL (as the desktop does when a mail link is clicked), it opens the composer window. With a command it works without a window, the way msmtp and swaks are used: it sends a message, checks a server&apos;s settings step by step, manages the saved accounts, and shows the outbox and the drafts it shares with the composer window.

What Epistle says is what the server replied: a message is reported sent only when the server accepted it with a definite 2xx reply, and one that may have been delivered is named so and never sent twice on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open the composer window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the composer filled in from a mailto: URL (RFC 6068: to, cc, bcc, subject, body; files named by attach= are listed and must be confirmed before sending).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Success: the server accepted the message, every step of the test passed, or the command did what it was asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage error: an unknown command or option, a missing or malformed value, options that do not go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the message, its sender or every recipient (a 5xx reply), or the message cannot be built as given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file to read cannot be read, or no outbox message has the given ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot be reached or refuses service: unknown host, connection refused, TLS handshake failed, STARTTLS not offered, greeting or EHLO refused; also a discovery that found nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file cannot be written: the --output file, the outbox, or the accounts file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporary failure: a 4xx reply, a timeout, a lost connection; also a message that may have been sent (the connection broke after its end had left). Trying again later may work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>temporary failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol error: the server broke the protocol (malformed or unsolicited replies, data injected before TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication failed: the login was refused, the server&apos;s SCRAM signature did not verify, or an OAuth sign-in has expired or been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configuration error: an unknown account, a certificate that is not trusted, the wrong security mode for the port, an unusable accounts file, no password to be had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Append every SMTP session, of the window and of the command line, to FILE as C: and S: lines (the format of --trace), with passwords and tokens redacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Append every IMAP session to FILE in the same way, with passwords and tokens redacted and message literals shown by their size only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same as --startup-time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an account named &quot;Local test server&quot; for a server on this machine without encryption or login, marked local-test-server in accounts.conf (the source tree&apos;s scripts/run sets it for its demo server, which keeps what it receives in demo-mail in the data folder). The first other account added becomes the default in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Copies of the certificates trusted from the window&apos;s certificate screen, one SHA-256.pem each, so the account settings can say whose a pin is and until when (the pin itself is in accounts.conf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The drafts, outbox and sent folders: one .eml file per message with a small JSON file beside it (envelope, state, delivery report); demo-mail holds what the local test server received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Where the files below are (see FILES).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy for accounts whose proxy is &quot;system&quot; (the default), along with the desktop&apos;s proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn on diagnostics by area: epistle.smtp, epistle.mime, epistle.accounts, epistle.store, epistle.imap, epistle.oauth (e.g. QT_LOGGING_RULES=&quot;epistle.smtp.debug=true&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The language of the composer window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The accounts (no passwords). Written atomically; an entry that cannot be read is named by its line, and the others still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the composer window remembers: addresses written to before, the servers&apos; size limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passwords and OAuth tokens, under the service name &quot;epistle&quot; (Secret Service, e.g. GNOME Keyring or KWallet, through QtKeychain). Without a keychain they are kept for the session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Send through a submission server with STARTTLS and the strongest login mechanism it offers, showing every protocol step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check a server&apos;s settings without sending anything; exit status 0 when every step passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Find an address&apos;s settings, save them once as an account (the password goes to the keychain), then send with it by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the exact bytes that would be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a prepared message as it is, read from standard input (from another program, too): the envelope comes from its From, To, Cc and Bcc header fields, and the Bcc field is not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>See what waits in the outbox, and send it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make Epistle the desktop&apos;s handler for mail links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/helpcommand.cpp" line="+24"/>
        <source>--completion takes bash or zsh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>there is no command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no action &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/helptext.cpp" line="+47"/>
        <location line="+68"/>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exit codes (sysexits.h):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>connection, message and output stand for groups of options. epistle help COMMAND (or epistle COMMAND --help) lists a command&apos;s options; man epistle says everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>epistle help %1 ACTION lists an action&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeTextEdit</name>
    <message>
        <location filename="../../ui/bodyeditor.cpp" line="-497"/>
        <source>image.png</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerActions</name>
    <message>
        <location filename="../../ui/composeractions.cpp" line="+20"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rich text (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test account settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outbox, drafts and sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Protocol log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rich text: formatting, links and images; the plain-text version is made for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerHeader</name>
    <message>
        <location filename="../../ui/composerheader.cpp" line="+48"/>
        <source>Acc&amp;ounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No account yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bcc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bcc (hidden recipients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recipients the others do not see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>This is Epistle&apos;s &lt;b&gt;local test server&lt;/b&gt;: messages sent from it do not leave this computer; each one is saved in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;. To send real mail, add your own account with the Accounts button.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerWindow</name>
    <message>
        <location filename="../../ui/composerwindow.cpp" line="+67"/>
        <location line="+472"/>
        <source>Draft saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-469"/>
        <source>The draft could not be saved: %1. Your text is still here; Epistle tries again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No keychain is available on this desktop (%1). Passwords you enter are kept only until Epistle quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+610"/>
        <source>&quot;%1&quot; sent at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-361"/>
        <source>%1 through %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no account to send from yet. Add one: enter your address and Epistle finds the server for most providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no account to send from yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — Epistle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>The mail link asks to attach %n file(s) from your computer: %1. Check the attachment list and remove what you do not want to send; you will be asked again before sending.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The link also tried to set %1; that was ignored (a link cannot change the sender or add other headers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove these files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The draft could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw this message away? It cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The message cannot be sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Send this message?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send &amp;with these files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-38"/>
        <source>The outbox cannot be used (%1), so nothing can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>In the outbox since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Last message sent at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-450"/>
        <source>The account &quot;%1&quot; now uses %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+530"/>
        <source>Open draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The draft could not be saved (%1), so the window stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close &amp;without saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../../core/accounts/connectiontest.cpp" line="+57"/>
        <source>Looking up the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypting (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server capabilities (EHLO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting encryption (STARTTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capabilities after encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender address accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test recipient accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resetting (nothing is sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saying goodbye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>resolved by the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+83"/>
        <source>no greeting: the port answered a TLS handshake instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>HELO only: no extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>logged in with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Draft</name>
    <message>
        <location filename="../../core/store/draft.cpp" line="+117"/>
        <source>From: the message has no sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>To: the message has no recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The attachment &quot;%1&quot; (%2) is missing or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftListModel</name>
    <message>
        <location filename="../../core/store/draftlistmodel.cpp" line="+62"/>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-270"/>
        <source>The attachment &quot;%1&quot; (%2) does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The attachment &quot;%1&quot; could not be stored with the draft. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The draft could not be saved; the last saved version is kept. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft could not be saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It was being edited when Epistle stopped; open it (recover it) before saving over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>There is no draft &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The draft&apos;s text cannot be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>The file %1 changed since it was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The draft cannot be removed now. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The draft is open elsewhere. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmlReader</name>
    <message>
        <location filename="../../core/mime/emlreader.cpp" line="+87"/>
        <source>Malformed Content-Type &quot;%1&quot;; read as text/plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Multipart nesting deeper than %1 levels; the rest is not parsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>A line in the header block is not a header field; the body is taken to start there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>More than %1 header fields; the rest are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A %1 part has no boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The boundary of a %1 part never appears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A %1 part is not closed by its final boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>More than %1 parts; the rest are not parsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+342"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>The message has %n From addresses; only the first is kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The message body is %1; it was kept as an attachment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiApp</name>
    <message>
        <location filename="../../ui/guiapp.cpp" line="+111"/>
        <source>Epistle, a mail composer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/guioptions.cpp" line="+10"/>
        <source>Print the time from launch to the composer window shown (also EPISTLE_STARTUP_TIME=1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --startup-time: quit once the composer is shown (for benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/guiapp.cpp" line="+5"/>
        <source>A mailto: URL to open the composer with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Epistle cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder for drafts and the outbox cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderFieldBuilder</name>
    <message>
        <location filename="../../core/mime/headerfieldbuilder.cpp" line="+188"/>
        <source>The address %1 has non-ASCII characters before the @; it can only be sent through a server that offers SMTPUTF8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The domain of %1 is not a valid international domain name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlToText</name>
    <message>
        <location filename="../../core/mime/htmltotext.cpp" line="+596"/>
        <source>[image]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[image: %1]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImapConnectionTest</name>
    <message>
        <location filename="../../core/imap/imapconnectiontest.cpp" line="+47"/>
        <source>Connecting to the IMAP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypting (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IMAP server greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting encryption (STARTTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logging in to IMAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding the Sent folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logging out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImapWording</name>
    <message>
        <location filename="../../core/imap/imapwording.cpp" line="+25"/>
        <source>The IMAP server sent a response larger than %1 bytes; Epistle stopped reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The IMAP server announced %1 bytes of data in one response, more than the %2 Epistle accepts for anything it asks; Epistle stopped reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The IMAP server name %1 could not be found. Check its spelling, and that this computer is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing accepts connections at %1. Check the IMAP server&apos;s port: 993 for SSL/TLS, 143 for STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The proxy did not connect Epistle to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The IMAP server on port %1 does not speak TLS from the first byte; choose STARTTLS instead of SSL/TLS (or port 993 for SSL/TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The IMAP server at %1 closed the connection during the TLS handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No connection to %1 within %2 s: the server is down, or a firewall drops the traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The TLS handshake with %1 did not finish within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IMAP server on port 993 sent no greeting within %1 s: it expects TLS from the first byte; choose SSL/TLS instead of STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IMAP server at %1 accepted the connection but sent no greeting within %2 s. If this port expects TLS from the first byte (usually 993), choose SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IMAP server at %1 sent no greeting within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What answered at %1 is not an IMAP server (its first words were “%2”). Check the server name and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The IMAP server at %1 refused the connection%2. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IMAP server at %1 does not offer STARTTLS, so the connection cannot be encrypted; nothing was sent. If it supports SSL/TLS (usually port 993), choose that; Epistle never falls back to plain text on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The IMAP server at %1 logged Epistle in before the connection was encrypted (PREAUTH), so it can no longer be encrypted with STARTTLS; Epistle stopped. Choose SSL/TLS (usually port 993).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The IMAP server refused to start TLS (%1); nothing was sent, and Epistle will not fall back to plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The IMAP server (or something in between) sent more data right after agreeing to STARTTLS. That is how TLS-stripping attacks inject responses; Epistle stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The IMAP server at %1 closed the connection%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The IMAP server at %1 did not answer %2 within %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The IMAP server at %1 kept sending data Epistle did not ask for (%2 responses, %3 bytes); Epistle stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The IMAP server asked for data Epistle was not sending (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IMAP server answered a command Epistle never sent (tag %1: “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IMAP server refused %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Already connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not connected to an IMAP server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection is already encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A folder name or search text contains a line break or NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a valid IMAP flag or keyword.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A login is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user name contains a line break or NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Epistle will not send the password to %1 before the connection is encrypted. Use STARTTLS or SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The IMAP server at %1 allows no login at this point (LOGINDISABLED, no AUTH=). It may want the connection encrypted first: choose STARTTLS or SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The IMAP server at %1 offers %2; none of them works with the credentials given (a password or a token is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no login mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IMAP server does not offer %1; it offers %2. Choose one of those, or “auto”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no SASL mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The IMAP server sent more than %1 login challenges; Epistle stopped instead of going round in circles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The IMAP server&apos;s login challenge is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The IMAP server accepted the login without proving it knows the password (no SCRAM server signature). Epistle does not trust this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IMAP server accepted a cancelled login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The IMAP server could not check the login right now (%1); Epistle will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The IMAP server says the password or account has expired (%1). Renew it with your provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The IMAP server refuses this login without encryption (%1); choose STARTTLS or SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The IMAP server accepted the password but not access to this mailbox (%1). Check the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The IMAP server refused the login and asks you to contact its administrator (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The IMAP server refused the user name or password (%1). Check both; some providers need an app password, or the IMAP login is different from the SMTP one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The IMAP server would not list its folders (%1), so the Sent folder could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IMAP server has no Sent folder (none marked \Sent, none called %1), and creating one is turned off. Choose the folder for sent mail in the account settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder %1 could not be created on the IMAP server (%2). Choose an existing folder for sent mail in the account settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The mailbox on the IMAP server is full (%1): the copy could not be saved in %2. Delete old mail on the server, then save the copy again; the message itself was not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IMAP server does not take a message this large into %1 (%2); the copy was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 does not exist on the IMAP server (%2). Choose an existing folder for sent mail, or let Epistle create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IMAP server does not let this account save into %1 (%2). Choose another folder for sent mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IMAP server could not save the copy in %1 right now (%2); Epistle will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The IMAP server refused to save the copy in %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The message is %1 bytes; the IMAP server takes at most %2 bytes (APPENDLIMIT), so no copy can be saved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The message to copy is not open for reading, or its size is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The message went away while it was being copied; the copy was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The message could only be read up to byte %1 of %2 (%3); the connection was dropped so that the server saves nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is shorter than announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder had to be created first, and the message cannot be read a second time to save it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IMAP server at %1 closed the connection while the copy was being sent%2; the copy was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The IMAP server at %1 stopped taking the copy for %2 s; it was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The whole copy went to %1, but the server did not say within %2 s whether it saved it. It may be there: Epistle looks for it before saving it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection to %1 broke after the whole copy was sent, before the server said whether it saved it. It may be there: Epistle looks for it before saving it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (marked \Sent by the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (found by its name; the server marks no folder \Sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (chosen in the settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no Sent folder yet: %1 will be created with the first copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>logged in with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>already logged in by the server (PREAUTH)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../ui/linkdialog.cpp" line="+18"/>
        <source>Insert link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the words to click; the address when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address (URL):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailboxWindow</name>
    <message>
        <location filename="../../ui/mailboxwindow.cpp" line="+86"/>
        <location line="+2"/>
        <source>Drafts, outbox and sent messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No drafts. What you write is saved here by itself as you type, until it is sent or thrown away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;from…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the message from another account (for example when its own was removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Mark as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a message that may have been sent: you checked that it arrived, so it is filed as sent without sending it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sent messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivery report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a sent message to see the server&apos;s delivery report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-26"/>
        <source>&amp;Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+103"/>
        <location line="+7"/>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Delete this draft for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+197"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-162"/>
        <source>The outbox is empty: every message has gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a message to see where it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Send from another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Send again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-171"/>
        <source>&amp;Open message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the message exactly as it was sent (.eml) in your mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the copy of this message in the Sent folder on the mail server now (the message is not sent again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Its composer window holds it: it goes when the Undo time is over, unless Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The connection ended after the whole message had left, before the server confirmed it, so it may already have been delivered. Sending it again may deliver it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Mark as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>Remove from the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Remove this message from the outbox? It will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No program on this computer opens mail files (.eml). The message is kept, exactly as it was sent, in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <source>Delete sent message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Delete this copy of a sent message and its delivery report? The message itself has gone and stays with its recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&lt;h3&gt;%1&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Filed as sent on %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Accepted by &lt;b&gt;%1&lt;/b&gt; on %2.&lt;br&gt;The server said: &lt;tt&gt;%3&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;br&gt;Its queue id there is &lt;b&gt;%1&lt;/b&gt; (what its administrator needs to trace the message).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Recipient&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Result&lt;/th&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;Steps:&lt;/p&gt;&lt;table cellspacing=&quot;0&quot; cellpadding=&quot;2&quot;&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;Copy in the Sent folder on the mail server: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailtoUrl</name>
    <message>
        <location filename="../../ui/mailtourl.cpp" line="+101"/>
        <source>Not a mailto: link: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../ui/messagebanner.cpp" line="+24"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageSpelling</name>
    <message>
        <location filename="../../ui/spell/messagespelling.cpp" line="+66"/>
        <source>Spelling: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: no dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Spelling language of this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spelling language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageSubmission</name>
    <message>
        <location filename="../../core/store/messagesubmission.cpp" line="+135"/>
        <source>The outbox cannot be used, so nothing can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Putting the message in the outbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The message could not be saved, so it was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The message could not be put in the outbox, so it was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Waiting for another message to finish sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking up the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+117"/>
        <source>Sending was cancelled; the message is back here to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Trying again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Sending was undone: the message is back here to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message is back from the outbox: edit it and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>It could not be taken back from the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageWriter</name>
    <message>
        <location filename="../../core/mime/messagewriter.cpp" line="+156"/>
        <source>The message has no sender (From).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invalid address &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+143"/>
        <source>The attachment &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+191"/>
        <source>A line of the message would be longer than 998 octets: %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>A message writer can only be opened for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The attachment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source> could not be opened while the message was being written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+24"/>
        <source> could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> grew while the message was being written (it had %1 bytes when the message was prepared).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source> changed while the message was being written: it had %1 bytes when the message was prepared, but ended after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The message could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The message ended after %1 of %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+11"/>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MimeMessage</name>
    <message>
        <location filename="../../core/mime/mimemessage.cpp" line="+13"/>
        <source>the sender is set with From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sender is set with Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the Reply-To setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recipients are set with To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recipients are set with Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bcc recipients are never written into the message; add them as Bcc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use the Subject setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Date is written when the message is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Message-ID is set with messageId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the In-Reply-To setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the References setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the User-Agent setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MIME-Version is written by the message writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return-Path is added by the receiving server (RFC 5321 4.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+122"/>
        <source>A header needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid header name: only printable ASCII without spaces or &apos;:&apos; is allowed (RFC 5322 3.6.8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The header name &quot;%1&quot; is longer than 76 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be set as an extra header: the Content-* fields are written from the message&apos;s parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be set as an extra header: %2</source>
        <extracomment>%1 is a header field name such as Bcc, %2 the reason, e.g. &quot;use the Subject setting&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; is not a header: expected &quot;Name: value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The message has no sender (From).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message has no recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The HTML shows cid:%1, but no inline image has that Content-ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The inline image %1 (cid:%2) is not shown by the HTML.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthCredentials</name>
    <message>
        <location filename="../../core/accounts/oauthcredentials.cpp" line="+79"/>
        <source>The sign-in of account &quot;%1&quot; has expired or was revoked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Account &quot;%1&quot; is not signed in to %2 yet: sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in of account &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The provider gave no refresh token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthProvider</name>
    <message>
        <location filename="../../core/accounts/oauthprovider.cpp" line="+97"/>
        <source>The %1 &quot;%2&quot; is not a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The %1 must use https (http only on 127.0.0.1 or ::1): &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The OAuth provider must be google, microsoft or custom, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An OAuth sign-in needs the login method XOAUTH2 or OAUTHBEARER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A custom OAuth provider needs its authorization URL and its token URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>authorization URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a custom OAuth provider takes its own authorization and token URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An OAuth setting holds a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No OAuth client id for %1: Epistle has no client registered with it. Register a desktop app with the provider and give its id to the account (epistle accounts edit &quot;%2&quot; --oauth-client-id ID, or in the account editor), or build Epistle with -DEPISTLE_OAUTH_%3_CLIENT_ID=ID, or add &lt;clientId&gt; to the provider file&apos;s &lt;oAuth2&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The OAuth provider of account &quot;%1&quot; has no scope: give one with --oauth-scope.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthSignIn</name>
    <message numerus="yes">
        <location filename="../../core/accounts/oauthsignin.cpp" line="+46"/>
        <source>No answer came back from the browser within %n second(s); the sign-in was abandoned.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This sign-in has started already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>authorization URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Epistle cannot wait for the browser&apos;s answer on 127.0.0.1 port %1: the port is in use by another program. Close it or choose another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Epistle cannot listen on 127.0.0.1 for the browser&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The authorization address for %1 could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This sign-in is over; you can close this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign-in rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This answer does not belong to the sign-in Epistle started, so it was not used. Start the sign-in again from Epistle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The browser came back with an answer that does not belong to this sign-in (its state does not match); it was not used. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 did not grant Epistle access (%2). You can close this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not grant access: the sign-in was declined (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the sign-in request (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer held no authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The browser came back without an authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epistle received the sign-in from %1. You can close this page and return to Epistle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthSignInPanel</name>
    <message>
        <location filename="../../ui/oauthsigninpanel.cpp" line="+22"/>
        <source>Sign in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google (OAuth 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft (OAuth 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget this account&apos;s tokens on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sign in again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Custom provider (OAuth 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Waiting for the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;in again with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;in with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the account, then sign in with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish signing in with %1 in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in expired: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthTokenResponse</name>
    <message>
        <location filename="../../core/accounts/oauthtokenclient.cpp" line="+88"/>
        <source>%1&apos;s sign-in server could not be reached: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1&apos;s sign-in server had a problem (HTTP %2); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1&apos;s sign-in server answered something that is not a token (HTTP %2, not JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 refused the refresh token (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not accept the OAuth client id this account uses (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the sign-in (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1&apos;s sign-in server answered without a bearer access token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../core/store/outbox.cpp" line="+47"/>
        <source>The message has no recipients; nothing was queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message could not be put in the outbox. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The message could not be put in the outbox, so nothing was sent. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+101"/>
        <location line="+47"/>
        <location line="+88"/>
        <location line="+25"/>
        <source>There is no message &quot;%1&quot; in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-148"/>
        <source>The message file %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&quot;%1&quot; matches several messages: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The message is being sent right now. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message cannot be changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The message is about to be sent or is being sent from this window; it cannot be removed now. While its composer shows Undo, Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message is being sent right now; it cannot be removed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message cannot be removed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+30"/>
        <source>The message was already delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The message cannot be rescheduled in state %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Marked as sent by the person; the server&apos;s answer never came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The message was not claimed for sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>The message was not sent: the outbox cannot record the attempt. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>There is no sent folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message was delivered, but could not be moved to the sent folder yet. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message was delivered, but the outbox could not record it (%1; %2). It is marked &quot;may have been sent&quot; on the next start; do not send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The message was delivered and filed as sent, but its delivery report could not be saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The computer stopped during an attempt, before the message was sent; it is queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The computer stopped (a power cut or a system crash) while the message was being sent, so it may have been delivered: check before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>A sent copy with the same id exists; check before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Epistle stopped during an attempt, before the message was sent; it is queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Epistle stopped while the message was being sent, after all of it had left and before the server confirmed it. It may have been delivered: check before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxBatch</name>
    <message>
        <location filename="../../core/store/outboxbatch.cpp" line="+230"/>
        <source>The stored message cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+157"/>
        <source>The send ended without a result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The connection ended before this message had left, so it was not delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection ended after the whole message had left and before the server answered for it (%1). It may have been delivered: check before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The outcome could not be recorded in the outbox. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sending was cancelled before the message was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Gave up after %n attempts; try again when the problem is solved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The server refused these recipients for now, while the others got the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split from %1, which reached the other recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Epistle was closed after the whole message had left and before the server confirmed it. It may have been delivered: check before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Epistle was closed during an attempt, before the message was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxItem</name>
    <message>
        <location filename="../../core/store/outboxitem.cpp" line="+332"/>
        <source>Unknown state &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxJournal</name>
    <message>
        <location filename="../../core/store/outboxjournal.cpp" line="+106"/>
        <source>The outbox cannot record the send, so nothing more is sent now. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../core/store/outboxmodel.cpp" line="+61"/>
        <source>Damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scheduled for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to retry (attempt %1), next at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed: needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>May have been sent: check before sending again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <location filename="../../core/store/outboxsender.cpp" line="+74"/>
        <source>Its account was removed; choose another account to send it from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>There is no message &quot;%1&quot; in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another Epistle is sending that message right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+25"/>
        <source>Cancelled before anything was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The message was not sent: the outbox cannot be written. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+105"/>
        <source>No way to find the account&apos;s settings was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/passworddialog.cpp" line="+17"/>
        <source>&amp;Remember in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epistle needs the password of &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt; to send from the account &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unticked, the password is kept in memory until Epistle quits and asked for again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No keychain is available on this desktop, so the password is kept in memory until Epistle quits, and asked for again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreSendCheck</name>
    <message>
        <location filename="../../core/store/presendcheck.cpp" line="+22"/>
        <source>attach, attached, attachment, enclosed, pièce jointe, pièces jointes, Anhang, angehängt, adjunto, adjunta, allegato, bijlage, załącznik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>There is no account to send from. Add one in Accounts (it takes a minute, and &quot;Detect settings&quot; fills in the server for most addresses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bcc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The %1 field has an address that is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The message has no recipients. Add at least one address in To, Cc or Bcc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message is %1, and this account&apos;s server accepts at most %2. Remove an attachment, or share large files by a link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The mail link that opened this message attached these files from your computer:
%1
Send them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The message mentions &quot;%1&quot;, but nothing is attached. Send it without an attachment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The subject is empty. Send the message without a subject?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <location filename="../../app/cli/progressline.cpp" line="+93"/>
        <source>Connecting to %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Securing the connection (TLS)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logging in...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Giving the sender and the recipients...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sending the message: %1 of %2 (%3%)</source>
        <extracomment>%1 and %2 are sizes (&quot;1.2 MiB&quot;), %3 a percentage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending the message...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closing the connection...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent %1 of %1; waiting for the server to accept the message...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the server to accept the message...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolLogDialog</name>
    <message>
        <location filename="../../ui/protocollogview.cpp" line="+18"/>
        <location line="+4"/>
        <source>Protocol log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No session yet: the log appears here while a message is sent or a server is tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;C:&lt;/b&gt;&amp;nbsp;sent by Epistle &amp;nbsp;·&amp;nbsp; &lt;b&gt;S:&lt;/b&gt;&amp;nbsp;the server&apos;s reply &amp;nbsp;·&amp;nbsp; &lt;b&gt;X:&lt;/b&gt;&amp;nbsp;an event on the connection (message data sent, TLS started) &amp;nbsp;·&amp;nbsp; &lt;b&gt;#&lt;/b&gt;&amp;nbsp;a note from Epistle (a new connection, the TLS session, an error)&lt;br&gt;Passwords and tokens show as [redacted]: the log is safe to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderDatabase</name>
    <message>
        <location filename="../../core/accounts/providerdatabase.cpp" line="+29"/>
        <source>%1: cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryBanner</name>
    <message numerus="yes">
        <location filename="../../ui/recoverybanner.cpp" line="+20"/>
        <source>%n unsent draft(s) recovered: Epistle stopped while you were writing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n message(s) may have been sent just as Epistle stopped: they wait in the outbox until you check and decide (send again, or mark as sent).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Out&amp;box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+42"/>
        <source>Show &amp;drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-38"/>
        <source>&amp;Keep as drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Keep as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n draft(s) not sent yet; the latest: &quot;%1&quot;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Open the latest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaslMechanisms</name>
    <message>
        <location filename="../../core/smtp/sasl.cpp" line="+47"/>
        <source>GNU SASL could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>GNU SASL cannot do %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The server kept asking after %1 had finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 failed: %2</source>
        <extracomment>%1 is a SASL mechanism such as SCRAM-SHA-256, %2 the GNU SASL library&apos;s error</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s SCRAM signature does not match: it does not know the password, or someone is in between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The server refused the token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 needs an OAuth 2 access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Epistle does not support the SASL mechanism %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs a user name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../../core/accounts/secretstore.cpp" line="+260"/>
        <source>The system keychain did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Access to the system keychain was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No system keychain is available (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendFailurePanel</name>
    <message>
        <location filename="../../ui/sendfailurepanel.cpp" line="+35"/>
        <source>Enter &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sending failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show &amp;transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Diagnose account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the server test on this account: every step, and the fix when one fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit &amp;account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change this account&apos;s server, security or login, then retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the message out of the outbox and edit it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose (keep in outbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The message may have been sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The message was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is kept in the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking this account&apos;s server settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checked just now: the server answers and these settings work, so the problem may have passed. Retry now, or wait for the automatic retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checked just now with the server test: it fails in the same way, so this will not pass on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnosis: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendNotices</name>
    <message numerus="yes">
        <location filename="../../ui/sendnotices.cpp" line="+45"/>
        <source>Sending in %n second(s). Until then you can take the message back to edit.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>&quot;%1&quot; was sent from the window that closed: the server accepted it for %n recipient(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending is waiting for the server. Diagnosis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delivery report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendProgressPanel</name>
    <message>
        <location filename="../../ui/sendprogresspanel.cpp" line="+22"/>
        <location line="+84"/>
        <source>&amp;Cancel sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Sending progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Message upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Sending in %n second(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the message back to edit; nothing has been sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server has not answered for a while; checking its settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connecting to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Setting up encryption (TLS)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Announcing the sender and the recipients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending the message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the server to accept the message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server accepted the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sending failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sending the message: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentCopyQueue</name>
    <message>
        <location filename="../../core/store/sentcopyqueue.cpp" line="+80"/>
        <source>The copy of this message is saved already (in %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No copy of this message is to be saved on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The sent message cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The message is no longer in the sent folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentCopyRecord</name>
    <message>
        <location filename="../../core/store/sentcopyrecord.cpp" line="+73"/>
        <source>Waiting to be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved yet, tried again at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentFolder</name>
    <message>
        <location filename="../../core/store/sentfolder.cpp" line="+50"/>
        <location line="+34"/>
        <source>There is no sent message &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentModel</name>
    <message>
        <location filename="../../core/store/sentmodel.cpp" line="+59"/>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queue id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy in Sent folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentNotice</name>
    <message numerus="yes">
        <location filename="../../ui/sentnotice.cpp" line="+17"/>
        <source>Message sent: the server accepted it for %n recipient(s). (%1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message sent, but the server refused these recipients: %1. The others (%2) will get it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It went to the local test server and did not leave this computer: see %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It went to the local test server and did not leave this computer: it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open &amp;message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerTestDialog</name>
    <message>
        <location filename="../../ui/servertestdialog.cpp" line="+55"/>
        <source>&amp;Apply suggested settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server test — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Encryption and capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server offers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+158"/>
        <location line="+1"/>
        <source>not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Testing… nothing is sent: the test stops after checking the sender address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Testing &lt;b&gt;%1&lt;/b&gt;, as a real send would go, step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+117"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+117"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-127"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+117"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-116"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1, %2 (%3 bits); certificate for %4, issued by %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>none: this account does not encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Every step passed.&lt;/b&gt; These settings work: messages from this account will go through %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;The test stopped.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;br&gt;The server said: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign &amp;in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;br&gt;Suggested: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply suggested settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add a user name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Copy in the Sent folder (IMAP, %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&lt;br&gt;&lt;b&gt;The Sent copy works too:&lt;/b&gt; copies of sent messages go to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;br&gt;&lt;b&gt;The Sent copy test stopped.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;br&gt;Suggested for IMAP: %1 on port %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDiscovery</name>
    <message>
        <location filename="../../core/accounts/settingsdiscovery.cpp" line="+143"/>
        <source>deadline: %1 ms passed; stopping what is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>&quot;%1&quot; is not an e-mail address (name@domain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No settings were found for %1; enter the server&apos;s name and security yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+7"/>
        <source>also from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>provider-file: %1 is not a provider Epistle knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>provider-file: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>this provider takes OAuth 2 sign-in only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Only unencrypted settings were found for %1, and Epistle does not choose an unencrypted connection by itself. %2 Ask your provider for the outgoing server&apos;s SSL/TLS or STARTTLS settings, or enter them yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 answered without offering encryption (no STARTTLS): mail and password would travel unencrypted, and a network in between may have removed STARTTLS. Not proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (from %2) is unencrypted: mail and password would travel in the clear. Not proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: set aside: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>sign in with %1 (OAuth 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>mx %1: no record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>mx %1: %2, hosted by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>MX %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mail hosted by %1: sign in with %1 (OAuth 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mx %1: not hosted by a provider Epistle signs in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>srv %1: no record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>srv %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>srv %1: the domain says it offers no such service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the server is outside %1: check that it belongs to your provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>srv %1: %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>autoconfig %1: larger than %2 bytes; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>autoconfig %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>autoconfig %1: %n server(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+4"/>
        <source>probe %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>probe of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>greeting refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>EHLO refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS from the first byte (%1), certificate verified; &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no STARTTLS: mail would travel unencrypted; &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no STARTTLS offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>STARTTLS refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>STARTTLS (%1), certificate verified; &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpAdvice</name>
    <message>
        <location filename="../../core/smtp/smtpadvice.cpp" line="+33"/>
        <source>Already connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not connected to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server name %1 could not be found. Check its spelling, and that this computer is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing accepts connections at %1. Check the port: mail submission uses 465 (SSL/TLS) or 587 (STARTTLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The proxy did not connect Epistle to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No connection to %1 within %2 s: the server is down, or a firewall drops the traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server on port %1 expects TLS from the first byte, and this account is set to no encryption; choose SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server on port %1 expects TLS from the first byte; choose SSL/TLS instead of STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server on port %1 does not speak TLS from the first byte; choose STARTTLS instead of SSL/TLS (or port 465 for SSL/TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server at %1 closed the connection during the TLS handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The TLS handshake with %1 did not finish within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The connection is already encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server at %1 does not offer STARTTLS, so the connection cannot be encrypted; nothing was sent. If it supports SSL/TLS (usually port 465), choose that; Epistle never falls back to plain text on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server refused to start TLS (%1); nothing was sent, and Epistle will not fall back to plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server (or something in between) sent more data right after agreeing to STARTTLS. That is how TLS-stripping attacks inject replies; Epistle stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server at %1 refused the connection in its greeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server at %1 sent no greeting within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server at %1 accepted the connection but sent no greeting within %2 s. If this port expects TLS from the first byte (usually 465), choose SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server refused to say hello (EHLO and HELO): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refused EHLO after TLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The EHLO name &quot;%1&quot; may only hold printable ASCII without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server at %1 is closing the connection (421); nothing more was sent. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server sent a reply to a command Epistle never sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server answered %1 with &quot;%2&quot;, which cannot answer it: its replies no longer match Epistle&apos;s commands, so Epistle stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server at %1 did not answer %2 within %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server at %1 closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> while the message was being sent; it was not delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A login is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The user name contains a line break or NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This account uses no encryption: the password goes to %1 readable by anyone on the network path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Epistle will not send the password to %1 before the connection is encrypted. Use STARTTLS or SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server at %1 offers authentication only after the connection is encrypted (it offers STARTTLS). Choose STARTTLS or SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server at %1 does not offer authentication at all (no AUTH in its EHLO reply). It may not need a login from here, or it is not a submission server: try port 587 or 465, or turn authentication off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server at %1 offers no authentication before the connection is encrypted. Use STARTTLS or SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server offers %1; none of them works with the credentials given (a password or a token is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server at %1 does not offer %2 (it offers no authentication at this point).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not offer %1; it offers %2. Choose one of those, or &quot;auto&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server sent more than %1 authentication challenges; Epistle stopped instead of going round in circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server&apos;s authentication challenge is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server accepted the login without proving it knows the password (no SCRAM server signature). Epistle does not trust this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server accepted a cancelled login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server refused the user name or password. Check both; some providers require an app password or OAuth instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server wants a different way of logging in (a stronger mechanism, or its web login once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server requires encryption for this login: use STARTTLS or SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not check the login right now; Epistle will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not accept this login mechanism; choose another one or &quot;auto&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The login failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The message was not sent: Epistle ended the session instead of sending it without a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server refused the login (%1) but accepted the message anyway, most likely because it trusts this computer&apos;s network. Check the user name and password before the next message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Without encryption the server at %1 offers only %2, which would show the password to anyone on the network path (or someone in between removed the safer methods). Choose STARTTLS or SSL/TLS; to send it like this anyway, choose the login method by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Epistle uses %1 only over an encrypted connection, and the one to %2 is not. Choose STARTTLS or SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The message has no recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A recipient address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address &quot;%1&quot; contains a line break, control character or angle bracket; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address &quot;%1&quot; contains a line break, control character or angle bracket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server does not accept internationalized addresses (no SMTPUTF8), and &quot;%1&quot; has non-ASCII characters before the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The domain of &quot;%1&quot; is not a valid domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message has UTF-8 headers, and the server does not accept them (no SMTPUTF8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message has 8-bit content, and the server does not accept it (no 8BITMIME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send smaller attachments, or a link to the files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message is %1 bytes; the server accepts at most %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+211"/>
        <source>The server refuses a message of %1 bytes (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-205"/>
        <source>RET must be FULL or HDRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NOTIFY takes NEVER, or SUCCESS, FAILURE and DELAY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NOTIFY=NEVER cannot be combined with other values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server does not offer delivery status notifications (DSN); the request was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server does not offer delivery status notifications (DSN); the request for %1 was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The message asks to travel only over TLS all the way (REQUIRETLS, RFC 8689), and the server at %1 does not offer that, so nothing was sent. Send it without that requirement, or through a server that offers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message asks to travel only over TLS all the way (REQUIRETLS, RFC 8689), and the connection to %1 is not encrypted, so nothing was sent. Choose STARTTLS or SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server cannot take mail from %1 right now: %2. Epistle will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the sender address %1: %2. Check the From address: many servers only accept the address of the account you log in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server refused every recipient (%1); the message was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The message is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message source went away before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>. The transfer was stopped, so no partial message was delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server does not offer CHUNKING (BDAT); use DATA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server stopped taking the message for %1 s; it was not delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server could not take the message right now: %1. Epistle will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The whole message had been sent, and the server&apos;s replies no longer match Epistle&apos;s commands, so nobody knows whether it took it. It may have been delivered: check before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The whole message had been sent, and the server had not yet said whether it took it. It may have been delivered: check before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server accepted the message (%1) after refusing its sender or every recipient; its replies contradict each other. It may have been delivered: check before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server at %1 refused the session in its greeting: &quot;%2&quot;. Usually it does not take mail from this network or address (a blocklist, or a provider that blocks the port), or this is not the server for sending mail. Check the server name and port, or try from another network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SSL/TLS on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server at %1 accepted the connection but sent no greeting, and it does not answer a TLS handshake either, so SSL/TLS on this port would not help. Usually a firewall or antivirus program holds the connection without passing it on, or the port is not for mail. Try %2, or another network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server at %1 completed the TLS handshake but sent no greeting: it is overloaded, or a proxy or firewall holds the connection. Try again later, or from another network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server sends mail only for people who log in (%1), and this account has no user name and password. Add the user name and password of your mail account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server sends mail only for people who log in (%1), and this account&apos;s authentication is set to none. Set it to automatic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server refuses to log in before the connection is encrypted (%1); choose STARTTLS or SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server could not check the login right now (%1); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused the sign-in token (%1): the sign-in has expired or was revoked. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server refused the test recipient %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Its SHA-256 fingerprint is %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpBodyEncoder</name>
    <message>
        <location filename="../../core/smtp/smtpbodyencoder.cpp" line="+22"/>
        <source>The message could not be read: its source is not open for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The message could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpReplyParser</name>
    <message>
        <location filename="../../core/smtp/smtpreply.cpp" line="+129"/>
        <location line="+20"/>
        <source>The server sent a line longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server sent a line that is not an SMTP reply: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server sent a malformed reply code: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server changed the reply code from %1 to %2 inside one reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server sent a reply larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server sent a reply of more than %1 lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpTransport</name>
    <message>
        <location filename="../../core/smtp/smtptransport.cpp" line="+30"/>
        <source>TLS (old version)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpellLanguageBox</name>
    <message>
        <location filename="../../ui/spell/spelllanguagebox.cpp" line="+10"/>
        <source>Spelling language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The desktop&apos;s language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (no dictionary installed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpellLanguageMenu</name>
    <message>
        <location filename="../../ui/spell/spellmenu.cpp" line="+82"/>
        <source>S&amp;pelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Check spelling as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Looking for dictionaries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No spelling dictionaries are installed (for example the hunspell-en-us package)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No dictionary for %1 is installed: nothing is underlined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpellMenu</name>
    <message>
        <location line="-75"/>
        <source>(No suggestions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add “%1” to dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add to dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” could not be added to your dictionary (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ignore “%1” in this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove “%1” from dictionary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreFiles</name>
    <message>
        <location filename="../../core/store/storefiles.cpp" line="+37"/>
        <location line="+24"/>
        <source> The disk is full: free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+18"/>
        <source> The folder is on a read-only file system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source> Epistle is not allowed to write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not %1 %2</source>
        <extracomment>%1 is an action such as &quot;write&quot; or &quot;create the folder&quot;, %2 a file or folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/store/outboxjournal.cpp" line="-27"/>
        <location line="+29"/>
        <location filename="../../core/store/storefiles.cpp" line="+28"/>
        <source>write</source>
        <comment>Could not [action] FILE</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/store/storefiles.cpp" line="+17"/>
        <source>Could not read the message to store it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The message to store was %1 bytes instead of the %2 announced; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 bytes reached the file instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+16"/>
        <location line="+6"/>
        <source>read</source>
        <comment>Could not [action] FILE</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+16"/>
        <location line="+9"/>
        <source>create the folder</source>
        <comment>Could not [action] FILE</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>a file of that name is in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>move</source>
        <comment>Could not [action] FILE</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>remove</source>
        <comment>Could not [action] FILE</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/store/outboxjournal.cpp" line="-41"/>
        <location filename="../../core/store/storefiles.cpp" line="+26"/>
        <location line="+8"/>
        <source>create</source>
        <comment>Could not [action] FILE</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/store/storelock.cpp" line="+72"/>
        <source>create the lock file</source>
        <comment>Could not [action] FILE</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>lock</source>
        <comment>Could not [action] FILE</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>write the lock file</source>
        <comment>Could not [action] FILE</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreLock</name>
    <message>
        <location line="-28"/>
        <source>It is in use by another Epistle (process %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is in use by another Epistle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The lock file %1 keeps changing; another Epistle is using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locking is not implemented on this platform.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <location filename="../../core/tlstrust.cpp" line="+44"/>
        <source>TLS (old version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1, %2 (%3 bits); certificate %4, issued by %5, valid until %6, SHA-256 %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; trusted by this account&apos;s pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; accepted by you despite: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server&apos;s certificate is for %1, not for %2. Check the server name in the settings; only trust this certificate if you know why the names differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server&apos;s certificate for %1 expired on %2. The server&apos;s administrator must renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate for %1 is not valid before %2. Check this computer&apos;s date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server&apos;s certificate for %1 is not signed by an authority this system trusts: %2. If you set this server up yourself, compare its SHA-256 fingerprint %3 and trust this certificate, or choose the file of the authority (CA) that signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it is self-signed: the server vouches for itself, no authority does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is signed by a private authority (a self-signed CA) this computer does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the authority that signed it is not installed on this computer, or the server did not send the intermediate certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this computer is not set up to trust it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is marked as not to be trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its authority has revoked it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is issued for another server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an authority in its chain is not allowed to sign it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not meant for a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its signature does not check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the TLS library reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate of %1 is not the one trusted for this account (fingerprint %2). It may have been renewed, or someone is in between. Check it before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The CA file %1 holds no PEM certificate (the authority&apos;s certificate file starts with &quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustedCertificates</name>
    <message>
        <location filename="../../core/accounts/trustedcertificates.cpp" line="+32"/>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <location filename="../../ui/uitext.cpp" line="+9"/>
        <source>SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None (unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 on port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the strongest login method the server offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>login method %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trust the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use %1 and send again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoSendMenu</name>
    <message>
        <location filename="../../ui/undosendmenu.cpp" line="+8"/>
        <source>&amp;Undo send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Off: send at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Wait %n second(s) before sending</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
