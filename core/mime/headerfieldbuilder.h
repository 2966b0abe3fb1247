#pragma once

#include "mime/mailaddress.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// Writes one header field: folds at 78 columns between tokens and never inside one (RFC 5322 2.1.1, 2.2.3),
// keeps every line under 998 octets, and encodes what a 7-bit header cannot carry: RFC 2047 encoded words
// for text and display names, RFC 2231 for file names. With utf8Headers (RFC 6532, for servers offering
// SMTPUTF8) non-ASCII text is written as UTF-8 instead.
class HeaderFieldBuilder
{
    Q_DECLARE_TR_FUNCTIONS(HeaderFieldBuilder)

public:
    // RFC 5322 2.1.1: lines SHOULD be at most 78 characters and MUST be at most 998.
    static constexpr int FoldColumn = 78;
    static constexpr int MaxLineLength = 998;

    // How a Content-Type / Content-Disposition parameter value is written.
    enum class ParameterStyle {
        Plain, // token or quoted-string (RFC 2045 5.1); continuations when long (RFC 2231 3)
        FileName, // RFC 2231 4 "filename*=utf-8''..." for non-ASCII, with continuations when long
        Rfc2047 // an encoded-word quoted-string, for the Content-Type "name" that old readers look at
    };
    struct Parameter
    {
        QByteArray name;
        QString value;
        ParameterStyle style = ParameterStyle::Plain;
    };

    HeaderFieldBuilder(const QByteArray &name, bool utf8Headers);

    // A token that must stay whole; `separator` is the whitespace that may fold before it.
    void appendToken(const QByteArray &token, const QByteArray &separator = QByteArrayLiteral(" "));
    // Unstructured text (Subject, Comments, unknown extra fields): RFC 2047 when needed, otherwise folded at
    // the whitespace it already has, so unfolding gives back exactly the text.
    void appendUnstructured(const QString &text);
    // A display name (RFC 5322 3.2.5 phrase): atoms, a quoted-string, or encoded words. `after` is glued to
    // its end (":" for a group name).
    void appendPhrase(const QString &phrase, const QByteArray &after = {});
    // A mailbox, followed by `after` (the list's comma). The address uses ACE domains in 7-bit mode.
    void appendMailbox(const MailAddress &mailbox, const QByteArray &after = {});
    // Mailboxes and groups, comma separated.
    void appendAddressList(const AddressList &list);
    // "value; p1=v1; p2=v2" (Content-Type, Content-Disposition).
    void appendValueWithParameters(const QByteArray &value, const QList<Parameter> &parameters);

    // The field with its final CRLF.
    QByteArray toByteArray() const;
    // Whether raw UTF-8 was written (the message then needs SMTPUTF8).
    bool usedUtf8() const { return m_usedUtf8; }
    // A problem that makes the field impossible to write correctly (e.g. a non-ASCII local part in 7-bit
    // mode).
    QString error() const { return m_error; }

    // The tokens of one parameter (exposed for tests): several "name*N=" continuations (separated by ';'),
    // or, when *quotedWords is set, the encoded words of one quoted-string (separated by folding whitespace
    // only).
    QList<QByteArray> parameterTokens(const Parameter &parameter, bool *quotedWords = nullptr) const;

private:
    void appendEncodedWords(const QString &text, const QByteArray &before, const QByteArray &after);
    QByteArray addressBytes(const MailAddress &mailbox);

    QByteArray m_out;
    int m_nameLength = 0;
    int m_column = 0;
    bool m_hasToken = false;
    bool m_utf8 = false;
    bool m_usedUtf8 = false;
    QString m_error;
};
