#include "mime/addressparser.h"

#include "mime/addresstokenizer.h"
#include "mime/encodedword.h"
#include "mime/mimeutils.h"

#include <QCoreApplication>

using namespace AddressSyntax;

namespace {

bool isDomainChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' || u == '_'
        || u >= 0x80;
}

class Parser
{
public:
    Parser(const QList<Token> &tokens, AddressParser::Options options) : m_tokens(tokens), m_options(options)
    { }

    // Parses entries until the end. Returns false at the first problem unless SkipInvalid is set.
    bool parseList(AddressList *list, AddressParser::Result *result)
    {
        while (current().type != TokenType::End) {
            // obs-addr-list (RFC 5322 4.4): empty entries between commas are allowed. People also separate
            // addresses with ';' (Outlook does), which is harmless outside a group.
            if (current().isSpecial(',') || current().isSpecial(';')) {
                ++m_index;
                continue;
            }
            Problem problem;
            AddressList::Entry entry;
            if (parseEntry(&entry, &problem)) {
                if (current().type == TokenType::End || current().isSpecial(',')
                    || current().isSpecial(';')) {
                    if (entry.isGroup)
                        list->append(entry.group);
                    else
                        list->append(entry.mailbox);
                    continue;
                }
                problem.position = current().position;
                problem.message = AddressParser::tr("Expected a comma before %1").arg(describe(current()))
                    + at(current().position);
            }
            addProblem(result, problem);
            if (!(m_options & AddressParser::SkipInvalid))
                return false;
            // Skip to the next entry.
            while (current().type != TokenType::End && !current().isSpecial(',') && !current().isSpecial(';'))
                ++m_index;
        }
        return true;
    }

    bool parseSingleMailbox(MailAddress *mailbox, Problem *problem)
    {
        while (current().isSpecial(','))
            ++m_index;
        if (current().type == TokenType::End) {
            *problem = { current().position, AddressParser::tr("No address given") };
            return false;
        }
        if (!parseMailbox(mailbox, problem))
            return false;
        while (current().isSpecial(','))
            ++m_index;
        if (current().type != TokenType::End) {
            *problem = { current().position,
                AddressParser::tr("Only one address is expected here, but %1 follows")
                        .arg(describe(current()))
                    + at(current().position) };
            return false;
        }
        return true;
    }

    static void addProblem(AddressParser::Result *result, const Problem &problem)
    {
        if (result->errorPosition < 0) {
            result->errorPosition = problem.position;
            result->error = problem.message;
        }
        result->problems.append(problem.message);
    }

private:
    const Token &current() const { return m_tokens.at(m_index); }
    const Token &tokenAt(int index) const { return m_tokens.at(qMin(index, int(m_tokens.size()) - 1)); }

    static QString describe(const Token &token)
    {
        switch (token.type) {
        case TokenType::End:
            return AddressParser::tr("the end");
        case TokenType::Special:
            return QStringLiteral("'%1'").arg(token.text);
        case TokenType::Quoted:
            return QStringLiteral("\"%1\"").arg(token.text);
        default:
            return QStringLiteral("'%1'").arg(token.text);
        }
    }

    // Finds what kind of entry starts here by the first '<', ':' or '@' before the entry ends.
    QChar lookAhead() const
    {
        for (int i = m_index; i < m_tokens.size(); ++i) {
            const Token &t = m_tokens.at(i);
            if (t.type == TokenType::End)
                return QChar();
            if (t.type != TokenType::Special)
                continue;
            const char16_t c = t.text.at(0).unicode();
            if (c == '<' || c == ':' || c == '@')
                return t.text.at(0);
            if (c == ',' || c == '>' || c == ';')
                return QChar();
        }
        return QChar();
    }

    bool parseEntry(AddressList::Entry *entry, Problem *problem)
    {
        if (lookAhead() == QLatin1Char(':')) {
            entry->isGroup = true;
            return parseGroup(&entry->group, problem);
        }
        entry->isGroup = false;
        return parseMailbox(&entry->mailbox, problem);
    }

    bool parseGroup(AddressGroup *group, Problem *problem)
    {
        const int start = current().position;
        if (!parsePhrase(&group->name, problem))
            return false;
        if (!current().isSpecial(':')) {
            *problem = { current().position,
                AddressParser::tr("Expected ':' after the group name") + at(current().position) };
            return false;
        }
        if (group->name.isEmpty()) {
            *problem = { current().position,
                AddressParser::tr("A group needs a name before ':'") + at(current().position) };
            return false;
        }
        ++m_index;
        for (;;) {
            if (current().isSpecial(',')) {
                ++m_index;
                continue;
            }
            if (current().isSpecial(';')) {
                ++m_index;
                return true;
            }
            if (current().type == TokenType::End) {
                // RFC 5322 3.4: a group ends with ';'. A missing one at the very end is forgiven when
                // reading.
                if (m_options & AddressParser::SkipInvalid)
                    return true;
                *problem = { start,
                    AddressParser::tr("The group \"%1\" is not closed with ';'").arg(group->name)
                        + at(current().position) };
                return false;
            }
            MailAddress member;
            if (!parseMailbox(&member, problem))
                return false;
            group->members.append(member);
            if (!current().isSpecial(',') && !current().isSpecial(';') && current().type != TokenType::End) {
                *problem = { current().position,
                    AddressParser::tr("Expected ',' or ';' in the group, not %1").arg(describe(current()))
                        + at(current().position) };
                return false;
            }
        }
    }

    bool parseMailbox(MailAddress *mailbox, Problem *problem)
    {
        const QChar kind = lookAhead();
        if (kind == QLatin1Char(':')) {
            *problem = { current().position,
                AddressParser::tr("A group cannot contain another group") + at(current().position) };
            return false;
        }
        if (kind == QLatin1Char('<')) {
            QString name;
            if (!parsePhrase(&name, problem))
                return false;
            if (!current().isSpecial('<')) {
                *problem = { current().position,
                    AddressParser::tr("Unexpected %1 in a name").arg(describe(current()))
                        + at(current().position) };
                return false;
            }
            const int open = current().position;
            ++m_index;
            // obs-route (RFC 5322 4.4): "<@relay1,@relay2:user@host>"; the route is dropped.
            if (current().isSpecial('@')) {
                while (current().type != TokenType::End && !current().isSpecial(':')
                    && !current().isSpecial('>'))
                    ++m_index;
                if (!current().isSpecial(':')) {
                    *problem = { current().position,
                        AddressParser::tr("A source route must end with ':'") + at(current().position) };
                    return false;
                }
                ++m_index;
            }
            if (current().isSpecial('>')) {
                *problem = { current().position, AddressParser::tr("Empty address '<>'") + at(open) };
                return false;
            }
            QString address;
            if (!parseAddrSpec(&address, problem, true))
                return false;
            if (!current().isSpecial('>')) {
                if (current().type == TokenType::End) {
                    *problem = { open, AddressParser::tr("The '<' is never closed by '>'") + at(open) };
                } else {
                    *problem = { current().position,
                        AddressParser::tr("Expected '>' to close the address, not %1")
                                .arg(describe(current()))
                            + at(current().position) };
                }
                return false;
            }
            ++m_index;
            *mailbox = MailAddress(address, name);
            return true;
        }
        if (kind == QLatin1Char('@')) {
            QString address;
            if (!parseAddrSpec(&address, problem, false))
                return false;
            // "user@example.org (Jane Doe)": the old way to give a name, in a comment.
            QString name = current().commentBefore;
            if (m_options & AddressParser::DecodeEncodedWords && EncodedWord::looksLikeEncodedWord(name))
                name = EncodedWord::decode(name.toUtf8());
            *mailbox = MailAddress(address, MimeUtils::sanitizeHeaderText(name).trimmed());
            return true;
        }
        // No '@' before the entry ends.
        const Token &t = current();
        if (t.isSpecial('>')) {
            *problem = { t.position, AddressParser::tr("Unexpected '>' without '<'") + at(t.position) };
        } else if (t.isWord()) {
            *problem = { t.position,
                AddressParser::tr("\"%1\" is not an email address: it needs an @ and a domain").arg(t.text)
                    + at(t.position) };
        } else {
            *problem = { t.position, AddressParser::tr("Unexpected %1").arg(describe(t)) + at(t.position) };
        }
        return false;
    }

    // phrase / obs-phrase: words and dots. Stops at the first other token.
    bool parsePhrase(QString *name, Problem *problem)
    {
        QString result;
        bool previousWasEncoded = false;
        while (current().isWord() || current().isSpecial('.')) {
            const Token &t = current();
            QString text = t.text;
            bool encoded = false;
            if (m_options & AddressParser::DecodeEncodedWords) {
                if (t.type == TokenType::Atom && t.text.startsWith(QLatin1String("=?"))) {
                    QString decoded;
                    if (EncodedWord::decodeWord(t.text.toUtf8(), &decoded)) {
                        text = decoded;
                        encoded = true;
                    }
                } else if (t.type == TokenType::Quoted && t.text.contains(QLatin1String("=?"))) {
                    // Not allowed by RFC 2047 5, but common; every reader decodes it.
                    text = EncodedWord::decode(t.text.toUtf8());
                }
            }
            // RFC 2047 6.2: the space between two encoded words is not part of the text.
            if (t.spaceBefore && !result.isEmpty() && !(encoded && previousWasEncoded))
                result += QLatin1Char(' ');
            result += text;
            previousWasEncoded = encoded;
            ++m_index;
        }
        if (current().type == TokenType::DomainLiteral) {
            *problem = { current().position,
                AddressParser::tr("Unexpected '[' in a name") + at(current().position) };
            return false;
        }
        // A name is text for people: a quoted line break or control character (obs-qtext, obs-qp) would
        // only cause trouble in the headers it is written into later.
        *name = MimeUtils::sanitizeHeaderText(result).trimmed();
        return true;
    }

    bool parseAddrSpec(QString *address, Problem *problem, bool inAngle)
    {
        QString local, domain;
        bool allAtoms = true;
        if (!parseLocalPart(&local, &allAtoms, problem)) {
            return false;
        }
        const int atPosition = current().position;
        ++m_index; // '@'
        if (!parseDomain(&domain, atPosition, problem)) {
            return false;
        }
        if (!inAngle && current().type == TokenType::Special && current().isSpecial('<')) {
            *problem = { current().position,
                AddressParser::tr("A name must come before the address in <...>") + at(current().position) };
            return false;
        }
        *address
            = (allAtoms ? local : AddressParser::quoteLocalPartIfNeeded(local)) + QLatin1Char('@') + domain;
        return true;
    }

    // local-part: word *("." word), with obs-local-part's whitespace around dots; stops at the '@'.
    bool parseLocalPart(QString *local, bool *allAtoms, Problem *problem)
    {
        const int start = current().position;
        bool expectWord = true;
        int words = 0;
        while (!current().isSpecial('@')) {
            const Token &t = current();
            if (t.isWord()) {
                if (!expectWord) {
                    *problem = { t.position,
                        AddressParser::tr("Spaces are not allowed in an address; a name goes before "
                                          "the address in <...>, as in: Jane Doe <jane@example.org>")
                            + at(t.position) };
                    return false;
                }
                *allAtoms = *allAtoms && t.type != TokenType::Quoted;
                *local += t.text;
                expectWord = false;
                ++words;
            } else if (t.isSpecial('.')) {
                if (expectWord) {
                    *problem = { t.position,
                        AddressParser::tr("A dot cannot start the part before @ or follow another dot")
                            + at(t.position) };
                    return false;
                }
                *local += QLatin1Char('.');
                expectWord = true;
            } else if (t.type == TokenType::End || t.isSpecial(',') || t.isSpecial('>') || t.isSpecial(';')) {
                *problem = { t.position,
                    AddressParser::tr("The address is missing '@' and a domain") + at(t.position) };
                return false;
            } else {
                *problem = { t.position,
                    AddressParser::tr("Unexpected %1 in an address").arg(describe(t)) + at(t.position) };
                return false;
            }
            ++m_index;
        }
        const int atPosition = current().position;
        if (words == 0) {
            *problem = { atPosition,
                AddressParser::tr("The address is missing the part before @") + at(atPosition) };
            return false;
        }
        if (expectWord) {
            *problem = { atPosition,
                AddressParser::tr("A dot cannot end the part before @") + at(atPosition - 1) };
            return false;
        }
        for (QChar c : std::as_const(*local)) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
                *problem = { start,
                    AddressParser::tr("The part before @ contains a control character") + at(start) };
                return false;
            }
        }
        if (local->toUtf8().size() > 64 && !(m_options & AddressParser::SkipInvalid)) {
            // RFC 5321 4.5.3.1.1
            *problem = { start, AddressParser::tr("The part before @ is longer than 64 octets") + at(start) };
            return false;
        }
        return true;
    }

    // domain: dot-atom or domain-literal (obs-domain's whitespace around dots accepted).
    bool parseDomain(QString *domain, int atPosition, Problem *problem)
    {
        const int domainStart = current().position;
        if (current().type == TokenType::DomainLiteral) {
            *domain = current().text;
            ++m_index;
            return true;
        }
        bool expectWord = true;
        while (current().type == TokenType::Atom || current().isSpecial('.')) {
            const Token &t = current();
            if (t.type == TokenType::Atom) {
                if (!expectWord) {
                    break;
                }
                for (QChar c : t.text) {
                    if (!isDomainChar(c)) {
                        const int where = t.position + int(t.text.indexOf(c));
                        *problem = { where,
                            AddressParser::tr("'%1' cannot appear in a domain name").arg(c) + at(where) };
                        return false;
                    }
                }
                *domain += t.text;
                expectWord = false;
            } else {
                if (expectWord) {
                    *problem = { t.position,
                        AddressParser::tr("A dot cannot start a domain or follow another dot")
                            + at(t.position) };
                    return false;
                }
                *domain += QLatin1Char('.');
                expectWord = true;
            }
            ++m_index;
        }
        if (domain->isEmpty()) {
            *problem = { domainStart,
                AddressParser::tr("The address is missing the domain after @") + at(atPosition + 1) };
            return false;
        }
        if (expectWord) {
            *problem = { current().position - 1,
                AddressParser::tr("A domain cannot end with a dot") + at(current().position - 1) };
            return false;
        }
        return checkDomainLength(*domain, domainStart, problem);
    }

    // RFC 1035 2.3.4 limits, and an international name that has an ASCII form.
    static bool checkDomainLength(const QString &domain, int domainStart, Problem *problem)
    {
        if (domain.toUtf8().size() > 255) {
            *problem = { domainStart,
                AddressParser::tr("The domain is longer than 255 octets") + at(domainStart) };
            return false;
        }
        const QStringList labels = domain.split(QLatin1Char('.'));
        for (const QString &label : labels) {
            if (MimeUtils::isAscii(label) && label.size() > 63) {
                *problem = { domainStart,
                    AddressParser::tr("A part of the domain is longer than 63 characters")
                        + at(domainStart) };
                return false;
            }
        }
        if (!MimeUtils::isAscii(domain) && MailAddress::domainToAce(domain).isEmpty()) {
            *problem = { domainStart,
                AddressParser::tr("\"%1\" is not a valid international domain name").arg(domain)
                    + at(domainStart) };
            return false;
        }
        return true;
    }

    const QList<Token> &m_tokens;
    AddressParser::Options m_options;
    int m_index = 0;
};

bool isDotAtom(const QString &text)
{
    if (text.isEmpty() || text.startsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char('.'))
        || text.contains(QLatin1String("..")))
        return false;
    for (QChar c : text) {
        if (c != QLatin1Char('.') && !AddressParser::isAtext(c))
            return false;
    }
    return true;
}

} // namespace

bool AddressParser::isAtext(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0x80)
        return true;
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'))
        return true;
    switch (u) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '/':
    case '=':
    case '?':
    case '^':
    case '_':
    case '`':
    case '{':
    case '|':
    case '}':
    case '~':
        return true;
    default:
        return false;
    }
}

AddressParser::Result AddressParser::parseList(const QString &text, Options options)
{
    Result result;
    QList<Token> tokens;
    Problem problem;
    const bool lenient = options & SkipInvalid;
    if (!tokenize(text, lenient, &tokens, &problem)) {
        Parser::addProblem(&result, problem);
        return result;
    }
    if (problem.position >= 0)
        Parser::addProblem(&result, problem);
    Parser parser(tokens, options);
    parser.parseList(&result.addresses, &result);
    return result;
}

AddressParser::Result AddressParser::parseMailbox(const QString &text, Options options)
{
    Result result;
    QList<Token> tokens;
    Problem problem;
    if (!tokenize(text, options & SkipInvalid, &tokens, &problem)) {
        Parser::addProblem(&result, problem);
        return result;
    }
    if (problem.position >= 0)
        Parser::addProblem(&result, problem);
    Parser parser(tokens, options);
    MailAddress mailbox;
    Problem mailboxProblem;
    if (parser.parseSingleMailbox(&mailbox, &mailboxProblem))
        result.addresses.append(mailbox);
    else
        Parser::addProblem(&result, mailboxProblem);
    return result;
}

bool AddressParser::isValidAddrSpec(const QString &addrSpec, QString *error)
{
    const Result result = parseMailbox(addrSpec);
    QString problem = result.error;
    if (result.ok()) {
        const QList<MailAddress> boxes = result.addresses.mailboxes();
        if (boxes.size() != 1 || !boxes.first().name().isEmpty() || addrSpec.startsWith(QLatin1Char('<'))
            || boxes.first().address() != addrSpec.trimmed())
            problem = tr("\"%1\" is not a plain address such as user@example.org").arg(addrSpec);
    }
    if (error)
        *error = problem;
    return problem.isEmpty();
}

QString AddressParser::quotePhraseIfNeeded(const QString &name)
{
    bool plain = !name.isEmpty() && !name.startsWith(QLatin1Char(' ')) && !name.endsWith(QLatin1Char(' '))
        && !name.contains(QLatin1String("  "));
    for (QChar c : name) {
        if (!plain)
            break;
        if (c != QLatin1Char(' ') && !isAtext(c))
            plain = false;
    }
    if (plain)
        return name;
    return quotedString(name);
}

QString AddressParser::quoteLocalPartIfNeeded(const QString &localPart)
{
    if (isDotAtom(localPart))
        return localPart;
    return quotedString(localPart);
}

QString AddressParser::formatList(const AddressList &list)
{
    QStringList parts;
    for (const AddressList::Entry &entry : list.entries()) {
        if (!entry.isGroup) {
            parts.append(entry.mailbox.toDisplayString());
            continue;
        }
        QStringList members;
        for (const MailAddress &m : entry.group.members)
            members.append(m.toDisplayString());
        parts.append(quotePhraseIfNeeded(entry.group.name) + QLatin1Char(':')
            + (members.isEmpty() ? QString() : QLatin1Char(' ') + members.join(QLatin1String(", ")))
            + QLatin1Char(';'));
    }
    return parts.join(QLatin1String(", "));
}
