#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <vector>

// One value of an IMAP response (RFC 9051 4): an atom, a number, a string (quoted or literal), NIL, or a
// parenthesized list of values. Lists nest only as deep as the parser allows.
class ImapValue
{
public:
    enum class Type { Atom, Number, String, Nil, List };

    ImapValue() = default;
    ImapValue(Type type, QByteArray bytes) : m_type(type), m_bytes(std::move(bytes)) { }
    explicit ImapValue(std::vector<ImapValue> items) : m_type(Type::List), m_items(std::move(items)) { }

    Type type() const { return m_type; }
    bool isList() const { return m_type == Type::List; }
    bool isNil() const { return m_type == Type::Nil; }
    // Atom, number or string: something with bytes.
    bool isText() const { return m_type == Type::Atom || m_type == Type::Number || m_type == Type::String; }
    // The atom's text, the string's contents, or the number's digits.
    const QByteArray &bytes() const { return m_bytes; }
    const std::vector<ImapValue> &items() const { return m_items; }
    // Whether this is the atom 'upperCase' (atoms compare case-insensitively).
    bool isAtom(const char *upperCase) const;
    // The number, when this is one that fits (RFC 9051 number64); 0 with *ok false otherwise.
    quint64 toNumber(bool *ok = nullptr) const;
    // As it would be written on the wire, literals as quoted strings, for logs and tests.
    QByteArray toDisplay() const;

    bool operator==(const ImapValue &other) const
    {
        return m_type == other.m_type && m_bytes == other.m_bytes && m_items == other.m_items;
    }

private:
    Type m_type = Type::Nil;
    QByteArray m_bytes;
    std::vector<ImapValue> m_items;
};

// One complete server response (RFC 9051 7): a continuation request ("+ ..."), a tagged status (the
// completion of a command) or an untagged one ("* ..."), with its response code and its data values.
class ImapResponse
{
public:
    enum class Kind { Untagged, Tagged, Continuation };
    enum class Status { None, Ok, No, Bad, PreAuth, Bye };

    Kind kind() const { return m_kind; }
    bool isTagged() const { return m_kind == Kind::Tagged; }
    bool isUntagged() const { return m_kind == Kind::Untagged; }
    bool isContinuation() const { return m_kind == Kind::Continuation; }
    QByteArray tag() const { return m_tag; }

    // OK / NO / BAD / PREAUTH / BYE, or None for data responses ("* 3 EXISTS", "* LIST ...").
    Status status() const { return m_status; }
    bool isOk() const { return m_status == Status::Ok; }
    bool isNo() const { return m_status == Status::No; }
    bool isBad() const { return m_status == Status::Bad; }
    bool isBye() const { return m_status == Status::Bye; }

    // The response code of a status response, upper case ("APPENDUID", "TRYCREATE", "OVERQUOTA"), and what
    // follows it inside the brackets, raw ("38505 3955").
    QByteArray code() const { return m_code; }
    QByteArray codeData() const { return m_codeData; }
    // codeData() split at spaces, parenthesized groups kept whole.
    QList<QByteArray> codeArguments() const;
    // The human-readable text of a status response, or the payload of a continuation request.
    QByteArray text() const { return m_text; }

    // Data responses: the keyword, upper case ("CAPABILITY", "LIST", "SEARCH", "EXISTS"), the number before
    // it when there is one ("* 3 EXISTS"), and the values after it.
    QByteArray keyword() const { return m_keyword; }
    bool hasNumber() const { return m_hasNumber; }
    quint64 number() const { return m_number; }
    const std::vector<ImapValue> &values() const { return m_values; }

    // False when the response broke the grammar (an unclosed list, a stray parenthesis): it is still
    // delivered, and what could be read is kept; callers that need its data check this.
    bool isWellFormed() const { return m_wellFormed; }
    // The bytes as they arrived, line ends as CRLF, literals included.
    QByteArray wire() const { return m_wire; }

    // text() for people: UTF-8 when valid, else Latin-1, control characters replaced.
    QString message() const;
    // One line for logs and errors: "NO [OVERQUOTA] Quota exceeded".
    QString summary() const;

    bool operator==(const ImapResponse &other) const
    {
        return m_kind == other.m_kind && m_tag == other.m_tag && m_status == other.m_status
            && m_code == other.m_code && m_codeData == other.m_codeData && m_text == other.m_text
            && m_keyword == other.m_keyword && m_hasNumber == other.m_hasNumber && m_number == other.m_number
            && m_values == other.m_values && m_wellFormed == other.m_wellFormed;
    }

private:
    friend class ImapResponseParser;

    Kind m_kind = Kind::Untagged;
    QByteArray m_tag;
    Status m_status = Status::None;
    QByteArray m_code;
    QByteArray m_codeData;
    QByteArray m_text;
    QByteArray m_keyword;
    bool m_hasNumber = false;
    quint64 m_number = 0;
    std::vector<ImapValue> m_values;
    bool m_wellFormed = true;
    QByteArray m_wire;
};
Q_DECLARE_METATYPE(ImapResponse)
