<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountsDialog</name>
    <message numerus="yes">
        <source>Remove the account &quot;%1&quot; and its saved password? %n message(s) wait for this account in the outbox: they stay there, and the Outbox window sends them from another account (Send from).</source>
        <translation>
            <numerusform>Remove the account &quot;%1&quot; and its saved password? %n message waits for this account in the outbox: they stay there, and the Outbox window sends them from another account (Send from).</numerusform>
            <numerusform>Remove the account &quot;%1&quot; and its saved password? %n messages wait for this account in the outbox: they stay there, and the Outbox window sends them from another account (Send from).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentPanel</name>
    <message numerus="yes">
        <source>%n attachment(s), %1 in all</source>
        <translation>
            <numerusform>%n attachment, %1 in all</numerusform>
            <numerusform>%n attachments, %1 in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message numerus="yes">
        <source>  %n attachment(s)</source>
        <translation>
            <numerusform>  %n attachment</numerusform>
            <numerusform>  %n attachments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposerWindow</name>
    <message numerus="yes">
        <source>The mail link asks to attach %n file(s) from your computer: %1. Check the attachment list and remove what you do not want to send; you will be asked again before sending.</source>
        <translation>
            <numerusform>The mail link asks to attach %n file from your computer: %1. Check the attachment list and remove what you do not want to send; you will be asked again before sending.</numerusform>
            <numerusform>The mail link asks to attach %n files from your computer: %1. Check the attachment list and remove what you do not want to send; you will be asked again before sending.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmlReader</name>
    <message numerus="yes">
        <source>The message has %n From addresses; only the first is kept.</source>
        <translation>
            <numerusform>The message has %n From address; only the first is kept.</numerusform>
            <numerusform>The message has %n From addresses; only the first is kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OAuthSignIn</name>
    <message numerus="yes">
        <source>No answer came back from the browser within %n second(s); the sign-in was abandoned.</source>
        <translation>
            <numerusform>No answer came back from the browser within %n second; the sign-in was abandoned.</numerusform>
            <numerusform>No answer came back from the browser within %n seconds; the sign-in was abandoned.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxBatch</name>
    <message numerus="yes">
        <source>Gave up after %n attempts; try again when the problem is solved.</source>
        <translation type="unfinished">
            <numerusform>Gave up after %n attempt; try again when the problem is solved.</numerusform>
            <numerusform>Gave up after %n attempts; try again when the problem is solved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryBanner</name>
    <message numerus="yes">
        <source>%n unsent draft(s) recovered: Epistle stopped while you were writing.</source>
        <translation>
            <numerusform>%n unsent draft recovered: Epistle stopped while you were writing.</numerusform>
            <numerusform>%n unsent drafts recovered: Epistle stopped while you were writing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) may have been sent just as Epistle stopped: they wait in the outbox until you check and decide (send again, or mark as sent).</source>
        <translation>
            <numerusform>%n message may have been sent just as Epistle stopped: they wait in the outbox until you check and decide (send again, or mark as sent).</numerusform>
            <numerusform>%n messages may have been sent just as Epistle stopped: they wait in the outbox until you check and decide (send again, or mark as sent).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) not sent yet; the latest: &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n draft not sent yet; the latest: &quot;%1&quot;.</numerusform>
            <numerusform>%n drafts not sent yet; the latest: &quot;%1&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendNotices</name>
    <message numerus="yes">
        <source>Sending in %n second(s). Until then you can take the message back to edit.</source>
        <translation>
            <numerusform>Sending in %n second. Until then you can take the message back to edit.</numerusform>
            <numerusform>Sending in %n seconds. Until then you can take the message back to edit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; was sent from the window that closed: the server accepted it for %n recipient(s).</source>
        <translation>
            <numerusform>&quot;%1&quot; was sent from the window that closed: the server accepted it for %n recipient.</numerusform>
            <numerusform>&quot;%1&quot; was sent from the window that closed: the server accepted it for %n recipients.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendProgressPanel</name>
    <message numerus="yes">
        <source>Sending in %n second(s)…</source>
        <translation>
            <numerusform>Sending in %n second…</numerusform>
            <numerusform>Sending in %n seconds…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SentNotice</name>
    <message numerus="yes">
        <source>Message sent: the server accepted it for %n recipient(s). (%1)</source>
        <translation type="unfinished">
            <numerusform>Message sent: the server accepted it for %n recipient. (%1)</numerusform>
            <numerusform>Message sent: the server accepted it for %n recipients. (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDiscovery</name>
    <message numerus="yes">
        <source>autoconfig %1: %n server(s)</source>
        <translation>
            <numerusform>autoconfig %1: %n server</numerusform>
            <numerusform>autoconfig %1: %n servers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoSendMenu</name>
    <message numerus="yes">
        <source>Wait %n second(s) before sending</source>
        <translation>
            <numerusform>Wait %n second before sending</numerusform>
            <numerusform>Wait %n seconds before sending</numerusform>
        </translation>
    </message>
</context>
</TS>
