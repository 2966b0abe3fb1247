#pragma once

#include "imap.h"
#include "imaperror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPointer>

class QIODevice;

// One command as it goes on the wire (RFC 9051 2.2.1), built and checked without a connection: text,
// literals held in memory (8-bit user names and passwords), and at most one literal streamed from a device
// (the message). ImapClient adds the tag and writes it, announcing each literal at the end of its line.
// Anything that would break the command's framing (CR, LF, NUL, a bad flag) makes it invalid instead.
class ImapCommand
{
public:
    struct Piece
    {
        enum class Kind { Text, Literal, Stream };
        Kind kind = Kind::Text;
        QByteArray bytes; // text, or the literal's bytes
        QByteArray log; // text as shown in transcripts
        bool secret = false;
        qint64 size = 0; // a Stream's length
    };

    ImapCommand() = default;

    static ImapCommand capability();
    static ImapCommand startTls();
    static ImapCommand noop();
    static ImapCommand logout();
    // LOGIN user password (RFC 9051 6.2.3); the password never appears in transcripts.
    static ImapCommand login(const QByteArray &user, const QByteArray &password);
    // AUTHENTICATE mechanism [initial-response] (RFC 4959 SASL-IR: "=" for an empty one).
    static ImapCommand authenticate(const QByteArray &mechanism, const QByteArray *initialResponse);
    // LIST "" pattern [RETURN (SPECIAL-USE)] (RFC 5258, RFC 6154).
    static ImapCommand list(const QByteArray &pattern, bool returnSpecialUse);
    // CREATE mailbox [(USE (...))] (RFC 6154 3).
    static ImapCommand create(const QByteArray &mailbox, const QList<QByteArray> &specialUse);
    static ImapCommand examine(const QByteArray &mailbox);
    // UID SEARCH [CHARSET UTF-8] HEADER field value.
    static ImapCommand uidSearchHeader(const QByteArray &field, const QByteArray &value);
    // APPEND mailbox [(flags)] ["date-time"] {size}: 'size' bytes streamed from 'message'.
    static ImapCommand append(const QByteArray &mailbox, QIODevice *message, qint64 size,
        const QList<QByteArray> &flags, const QDateTime &internalDate);

    bool isValid() const { return m_errorCode == ImapError::NoError; }
    ImapError::Code errorCode() const { return m_errorCode; }
    QString errorString() const { return m_error; }

    Imap::Step step() const { return m_step; }
    const QList<Piece> &pieces() const { return m_pieces; }
    // Untagged responses of these kinds go to the command's handler (LIST for list(), SEARCH...).
    const QList<QByteArray> &collects() const { return m_collect; }
    QIODevice *device() const { return m_device; }
    bool isStartTls() const { return m_startTls; }
    bool isLogout() const { return m_logout; }

    // The whole command after 'tag' with every literal non-synchronizing ({n+}) and inline, a Stream as
    // its length only: what tests compare, never what a server gets.
    QByteArray toDisplay(const QByteArray &tag) const;

    // RFC 9051 4.3: a quoted string for 7-bit text without CR, LF or NUL.
    static QByteArray quoted(const QByteArray &text);
    // "14-Mar-2025 09:05:00 +0100" (RFC 9051 date-time), in English whatever the locale.
    static QByteArray internalDate(const QDateTime &when);

private:
    explicit ImapCommand(Imap::Step step, const QByteArray &text = {});
    void addText(const QByteArray &text, const QByteArray &log = {});
    // A quoted string, or a literal for 8-bit text.
    void addString(const QByteArray &value, bool secret = false);
    bool checkFlags(const QList<QByteArray> &flags);
    void invalidate(ImapError::Code code, const QString &error);

    Imap::Step m_step = Imap::Step::None;
    QList<Piece> m_pieces;
    QList<QByteArray> m_collect;
    QPointer<QIODevice> m_device;
    bool m_startTls = false;
    bool m_logout = false;
    ImapError::Code m_errorCode = ImapError::NoError;
    QString m_error;
};
