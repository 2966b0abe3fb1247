#include "mime/mailaddress.h"

#include "mime/addressparser.h"
#include "mime/mimeutils.h"

#include <QUrl>

MailAddress::MailAddress(const QString &address, const QString &name) : m_name(name), m_address(address) { }

QString MailAddress::localPart() const
{
    const int at = m_address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? m_address : m_address.left(at);
}

QString MailAddress::domain() const
{
    const int at = m_address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : m_address.mid(at + 1);
}

bool MailAddress::hasAsciiLocalPart() const
{
    return MimeUtils::isAscii(localPart());
}

bool MailAddress::hasAsciiDomain() const
{
    return MimeUtils::isAscii(domain());
}

QString MailAddress::domainToAce(const QString &domain)
{
    if (domain.startsWith(QLatin1Char('[')))
        return domain;
    if (MimeUtils::isAscii(domain))
        return domain;
    // StrictIdn is not needed: QUrl::toAce applies IDNA 2008/UTS #46 and returns empty for invalid input.
    return QString::fromLatin1(QUrl::toAce(domain));
}

QString MailAddress::aceAddress() const
{
    const int at = m_address.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return m_address;
    const QString ace = domainToAce(m_address.mid(at + 1));
    if (ace.isEmpty())
        return {};
    return m_address.left(at + 1) + ace;
}

QString MailAddress::toDisplayString() const
{
    if (m_name.isEmpty())
        return m_address;
    return AddressParser::quotePhraseIfNeeded(m_name) + QLatin1String(" <") + m_address + QLatin1Char('>');
}

QString MailAddress::mailboxKey() const
{
    const int at = m_address.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return m_address;
    QString domain = domainToAce(m_address.mid(at + 1));
    if (domain.isEmpty())
        domain = m_address.mid(at + 1);
    return m_address.left(at + 1) + domain.toLower();
}

bool MailAddress::sameMailbox(const MailAddress &other) const
{
    return mailboxKey() == other.mailboxKey();
}

AddressList::AddressList(const MailAddress &mailbox)
{
    append(mailbox);
}

AddressList::AddressList(const QList<MailAddress> &mailboxes)
{
    for (const MailAddress &m : mailboxes)
        append(m);
}

AddressList::AddressList(std::initializer_list<MailAddress> mailboxes)
{
    for (const MailAddress &m : mailboxes)
        append(m);
}

void AddressList::append(const MailAddress &mailbox)
{
    Entry entry;
    entry.mailbox = mailbox;
    m_entries.append(entry);
}

void AddressList::append(const AddressGroup &group)
{
    Entry entry;
    entry.isGroup = true;
    entry.group = group;
    m_entries.append(entry);
}

void AddressList::append(const AddressList &other)
{
    m_entries.append(other.m_entries);
}

QList<MailAddress> AddressList::mailboxes() const
{
    QList<MailAddress> result;
    for (const Entry &e : m_entries) {
        if (e.isGroup)
            result.append(e.group.members);
        else
            result.append(e.mailbox);
    }
    return result;
}
