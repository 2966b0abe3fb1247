#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// One mailbox (RFC 5322 3.4): a display name and an addr-spec, kept in Unicode (RFC 6532) so an
// internationalised domain stays readable in the model; aceAddress() gives the form a 7-bit server needs.
class MailAddress
{
public:
    MailAddress() = default;
    // `address` is an addr-spec ("local@domain"); a local part that needs quoting is stored quoted, exactly
    // as it must appear in a header and in MAIL FROM / RCPT TO.
    explicit MailAddress(const QString &address, const QString &name = {});

    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    QString address() const { return m_address; }
    void setAddress(const QString &address) { m_address = address; }

    bool isEmpty() const { return m_address.isEmpty(); }
    // The part before the last '@' (still quoted if it is a quoted-string) and the part after it.
    QString localPart() const;
    QString domain() const;

    // RFC 6531: a non-ASCII local part can only travel to a server that offers SMTPUTF8; a non-ASCII domain
    // can always be converted to its ASCII (IDNA) form.
    bool hasAsciiLocalPart() const;
    bool hasAsciiDomain() const;

    // The address with its domain in ASCII-compatible encoding ("user@xn--bcher-kva.example"), for servers
    // without SMTPUTF8 and for 7-bit headers; empty when the domain is not a valid IDN.
    QString aceAddress() const;
    // QUrl::toAce for a domain, passing domain literals ("[192.0.2.1]") through; empty when invalid.
    static QString domainToAce(const QString &domain);

    // What a person reads: "Name <user@example.org>", the name quoted when it needs to be; no encoding.
    QString toDisplayString() const;

    // Addresses compare by addr-spec with the domain case-insensitive (RFC 5321 2.4: only the local part
    // may be case-sensitive); the name is not part of the identity.
    bool sameMailbox(const MailAddress &other) const;
    QString mailboxKey() const;

    bool operator==(const MailAddress &other) const
    {
        return m_name == other.m_name && m_address == other.m_address;
    }
    bool operator!=(const MailAddress &other) const { return !(*this == other); }

private:
    QString m_name;
    QString m_address;
};
Q_DECLARE_METATYPE(MailAddress)

// A named group of mailboxes (RFC 5322 3.4), such as "undisclosed-recipients:;" or "Team: a@x, b@y;".
struct AddressGroup
{
    QString name;
    QList<MailAddress> members;

    bool operator==(const AddressGroup &other) const
    {
        return name == other.name && members == other.members;
    }
};

// The value of an address header: mailboxes and groups in the order they were given.
class AddressList
{
public:
    // One item of the list: a mailbox, or a group when isGroup is set.
    struct Entry
    {
        bool isGroup = false;
        MailAddress mailbox;
        AddressGroup group;
        bool operator==(const Entry &other) const
        {
            return isGroup == other.isGroup && mailbox == other.mailbox && group == other.group;
        }
    };

    AddressList() = default;
    AddressList(const MailAddress &mailbox); // NOLINT: implicit on purpose
    AddressList(const QList<MailAddress> &mailboxes); // NOLINT
    AddressList(std::initializer_list<MailAddress> mailboxes); // NOLINT

    void append(const MailAddress &mailbox);
    void append(const AddressGroup &group);
    void append(const AddressList &other);

    bool isEmpty() const { return m_entries.isEmpty(); }
    const QList<Entry> &entries() const { return m_entries; }
    // Every mailbox, group members included, in order.
    QList<MailAddress> mailboxes() const;

    bool operator==(const AddressList &other) const { return m_entries == other.m_entries; }
    bool operator!=(const AddressList &other) const { return !(*this == other); }

private:
    QList<Entry> m_entries;
};
Q_DECLARE_METATYPE(AddressList)
