#pragma once

#include "accounts/account.h"
#include "mime/messagewriter.h"
#include "smtp/smtptransaction.h"

#include <QCommandLineParser>
#include <QFile>
#include <QString>

#include <memory>

// The message `epistle send` hands to the outbox: composed from the message options (--from, --to, --body,
// ...), or a prepared .eml sent as it is but for its Bcc fields. It owns the device the bytes are read from
// and knows the SMTP envelope, what the bytes need from the server (8BITMIME, SMTPUTF8) and what the outbox
// lists (subject, Message-ID).
class OutgoingMessage
{
public:
    OutgoingMessage() = default;
    ~OutgoingMessage();
    OutgoingMessage(const OutgoingMessage &) = delete;
    OutgoingMessage &operator=(const OutgoingMessage &) = delete;

    // From the message options; the account (when one is used) gives the default From and the Reply-To.
    // Returns ExitCode::Ok, or an exit code with 'error' set. The message is not opened for reading yet.
    int compose(const QCommandLineParser &parser, const Account &account, QString *error);
    // From --eml FILE. The envelope comes from --from/--to/--cc/--bcc when given, else from the message's
    // Sender/From and To/Cc/Bcc ('accountFrom' when it names no sender).
    int readEml(const QCommandLineParser &parser, const QString &accountFrom, QString *error);

    // The composed message written to 'path' (empty or "-": stdout) instead of being sent.
    int writeTo(const QString &path, QString *error);
    // Opens the body for reading; the envelope and size are known after this.
    int open(QString *error);
    // The bytes are safe in the outbox: the sources can go.
    void release();

    SmtpOutgoingMessage smtp;
    QString subject;
    QByteArray messageId;

private:
    bool resolveEmlEnvelope(const QCommandLineParser &parser, const QString &accountFrom,
        const QByteArray &headerBlock, QString *error, int *code);

    MimeMessage m_message;
    std::unique_ptr<MessageWriter> m_writer;
    std::unique_ptr<QFile> m_eml;
};
