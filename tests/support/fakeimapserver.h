#pragma once

#include "fakesmtpserver.h"

#include <QByteArray>
#include <QList>

// A scripted IMAP server for transcript and fault tests: FakeSmtpServer's player (port 0, implicit TLS or
// X: starttls, byte-exact C: lines, X: flood, X: silent...), since both protocols are lines and literals,
// with what IMAP scripts need on top:
//   X: literal N   read exactly N bytes (a literal the client sends, e.g. the APPENDed message) and keep
//                  them as one of receivedMessages(); the CRLF that ends the command follows as "C: "
//   \Flag          a backslash before an upper-case letter is the IMAP flag as written (\Seen, \Sent,
//                  \HasNoChildren), and \" is a backslash and a quote, so scripts read like the protocol;
//                  the escapes \r \n \t \\ \xNN keep their meaning
// The transcripts of ImapTranscript are scripts in this format.
class FakeImapServer : public FakeSmtpServer
{
    Q_OBJECT
public:
    explicit FakeImapServer(QObject *parent = nullptr) : FakeSmtpServer(parent) { }

    bool setScriptText(const QByteArray &text);
    bool addScriptText(const QByteArray &text, const QString &name = QString());
    // Indented in a raw string literal, as tests write them (FakeSmtpServer::indentedScript).
    bool setIndentedScript(const QByteArray &text);
    bool addIndentedScript(const QByteArray &text, const QString &name = QString());

    // The script lines FakeSmtpServer plays for these IMAP ones.
    static QList<QByteArray> translate(const QList<QByteArray> &lines);
};
