#pragma once

#include "mime/mailaddress.h"
#include "mime/mimeattachment.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

// A message as a person composes it: addresses, subject, a plain or HTML body, inline images and
// attachments. It holds no wire format; MessageWriter turns it into RFC 5322 / MIME bytes.
class MimeMessage
{
    Q_DECLARE_TR_FUNCTIONS(MimeMessage)

public:
    MimeMessage() = default;

    // RFC 5322 3.6.2 originator fields.
    MailAddress from() const { return m_from; }
    void setFrom(const MailAddress &from);
    MailAddress sender() const { return m_sender; }
    void setSender(const MailAddress &sender);
    AddressList replyTo() const { return m_replyTo; }
    void setReplyTo(const AddressList &replyTo);

    // RFC 5322 3.6.3 destination fields. Bcc recipients get the message but never appear in its headers.
    AddressList to() const { return m_to; }
    void setTo(const AddressList &to);
    void addTo(const MailAddress &address) { m_to.append(sanitized(address)); }
    AddressList cc() const { return m_cc; }
    void setCc(const AddressList &cc);
    void addCc(const MailAddress &address) { m_cc.append(sanitized(address)); }
    AddressList bcc() const { return m_bcc; }
    void setBcc(const AddressList &bcc);
    void addBcc(const MailAddress &address) { m_bcc.append(sanitized(address)); }

    // Line breaks and control characters are replaced (MimeUtils::sanitizeHeaderText), so what is typed here
    // can never start a header line of its own, and whitespace at the ends is trimmed.
    QString subject() const { return m_subject; }
    void setSubject(const QString &subject);

    // An invalid date (the default) means "when the message is written".
    QDateTime date() const { return m_date; }
    void setDate(const QDateTime &date) { m_date = date; }

    // RFC 5322 3.6.4 msg-id with its angle brackets ("<id@domain>"). Empty (the default) means MessageWriter
    // generates one from the sender's domain.
    QByteArray messageId() const { return m_messageId; }
    void setMessageId(const QByteArray &messageId);
    // "<random@domain>": 128+ bits of randomness make it unique without any state.
    static QByteArray generateMessageId(const QString &domain);
    // The domain used for generated Message-ID and Content-ID values: the From domain in ASCII form.
    QString idDomain() const;

    // Threading (RFC 5322 3.6.4): msg-ids with angle brackets.
    QByteArray inReplyTo() const { return m_inReplyTo; }
    void setInReplyTo(const QByteArray &messageId);
    QList<QByteArray> references() const { return m_references; }
    void setReferences(const QList<QByteArray> &messageIds);

    // Written as User-Agent when not empty (e.g. "Epistle/0.1").
    QString userAgent() const { return m_userAgent; }
    void setUserAgent(const QString &userAgent);

    // Extra header fields ("X-Priority: 1", "List-Unsubscribe: <...>"). The name must be RFC 5322 3.6.8
    // ftext; fields the message writes itself (MIME-Version, Content-*, From, To, Subject, Date, Message-ID,
    // Bcc, ...) are refused, with the reason in *error, because a second copy would contradict the real one.
    bool addHeader(const QByteArray &name, const QString &value, QString *error = nullptr);
    // "Name: value", as typed on a command line.
    bool addHeaderLine(const QString &line, QString *error = nullptr);
    QList<QPair<QByteArray, QString>> extraHeaders() const { return m_extraHeaders; }
    void clearExtraHeaders() { m_extraHeaders.clear(); }
    // Why addHeader() would refuse this name; empty when it is acceptable.
    static QString checkHeaderName(const QByteArray &name);

    // The body: plain text, or HTML with a plain-text alternative. Line breaks may be LF, CRLF or CR.
    QString plainText() const { return m_plainText; }
    void setPlainText(const QString &text) { m_plainText = text; }
    QString html() const { return m_html; }
    void setHtml(const QString &html) { m_html = html; }
    // What goes into the text/plain part: the plain text when given, otherwise HtmlToText of the HTML.
    QString effectivePlainText() const;

    void addAttachment(const MimeAttachment &attachment);
    QList<MimeAttachment> attachments() const { return m_attachments; }
    void clearAttachments() { m_attachments.clear(); }

    // Adds an image for the HTML body to show and returns its Content-ID, to be referenced as
    // <img src="cid:ID">. When contentId is empty (the usual case) a unique one is generated.
    QString addInlineImage(const MimeAttachment &image, const QString &contentId = {});
    QList<MimeAttachment> inlineImages() const { return m_inlineImages; }

    // The SMTP envelope (RFC 5321 3.3): MAIL FROM is the explicit envelope sender or else From's address;
    // RCPT TO is every To, Cc and Bcc mailbox once (the domain compared case-insensitively).
    MailAddress envelopeSender() const;
    void setEnvelopeSender(const MailAddress &sender) { m_envelopeSender = sender; }
    QList<MailAddress> envelopeRecipients() const;

    // True when some address has a non-ASCII local part: such a message can only go through a server that
    // offers SMTPUTF8 (RFC 6531); IDN domains alone do not need it (they have an ASCII form).
    bool needsSmtpUtf8() const;

    // Things a person should know before sending: missing sender or recipients, cid: references in the HTML
    // with no inline image, inline images the HTML never shows. Empty when all is well.
    QStringList problems() const;
    // The "cid:" references in the HTML body, without the scheme.
    QStringList referencedContentIds() const;

private:
    static MailAddress sanitized(const MailAddress &address);
    static AddressList sanitized(const AddressList &list);

    MailAddress m_from;
    MailAddress m_sender;
    AddressList m_replyTo;
    AddressList m_to;
    AddressList m_cc;
    AddressList m_bcc;
    MailAddress m_envelopeSender;
    QString m_subject;
    QDateTime m_date;
    QByteArray m_messageId;
    QByteArray m_inReplyTo;
    QList<QByteArray> m_references;
    QString m_userAgent;
    QList<QPair<QByteArray, QString>> m_extraHeaders;
    QString m_plainText;
    QString m_html;
    QList<MimeAttachment> m_attachments;
    QList<MimeAttachment> m_inlineImages;
};
Q_DECLARE_METATYPE(MimeMessage)
