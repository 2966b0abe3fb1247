#include "mime/htmltotext.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace {

// HTML 4 Latin-1 entities, U+00A0 to U+00FF in order.
const char *const latin1Names[96] = { "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect",
    "uml", "copy", "ordf", "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute",
    "micro", "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
    "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc",
    "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde",
    "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN", "szlig", "agrave",
    "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil", "egrave", "eacute", "ecirc", "euml",
    "igrave", "iacute", "icirc", "iuml", "eth", "ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml",
    "divide", "oslash", "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml" };

const struct
{
    const char *name;
    char32_t code;
} otherEntities[] = {
    { "quot", 0x22 },
    { "amp", 0x26 },
    { "lt", 0x3C },
    { "gt", 0x3E },
    { "apos", 0x27 },
    { "OElig", 0x152 },
    { "oelig", 0x153 },
    { "Scaron", 0x160 },
    { "scaron", 0x161 },
    { "Yuml", 0x178 },
    { "fnof", 0x192 },
    { "circ", 0x2C6 },
    { "tilde", 0x2DC },
    { "ensp", 0x2002 },
    { "emsp", 0x2003 },
    { "thinsp", 0x2009 },
    { "zwnj", 0x200C },
    { "zwj", 0x200D },
    { "lrm", 0x200E },
    { "rlm", 0x200F },
    { "ndash", 0x2013 },
    { "mdash", 0x2014 },
    { "lsquo", 0x2018 },
    { "rsquo", 0x2019 },
    { "sbquo", 0x201A },
    { "ldquo", 0x201C },
    { "rdquo", 0x201D },
    { "bdquo", 0x201E },
    { "dagger", 0x2020 },
    { "Dagger", 0x2021 },
    { "bull", 0x2022 },
    { "hellip", 0x2026 },
    { "permil", 0x2030 },
    { "prime", 0x2032 },
    { "Prime", 0x2033 },
    { "lsaquo", 0x2039 },
    { "rsaquo", 0x203A },
    { "oline", 0x203E },
    { "frasl", 0x2044 },
    { "euro", 0x20AC },
    { "trade", 0x2122 },
    { "larr", 0x2190 },
    { "uarr", 0x2191 },
    { "rarr", 0x2192 },
    { "darr", 0x2193 },
    { "harr", 0x2194 },
    { "rArr", 0x21D2 },
    { "lArr", 0x21D0 },
    { "hArr", 0x21D4 },
    { "minus", 0x2212 },
    { "le", 0x2264 },
    { "ge", 0x2265 },
    { "ne", 0x2260 },
    { "asymp", 0x2248 },
    { "infin", 0x221E },
    { "check", 0x2713 },
    { "hearts", 0x2665 },
    { "spades", 0x2660 },
    { "clubs", 0x2663 },
    { "diams", 0x2666 },
    { "loz", 0x25CA },
    { "alpha", 0x3B1 },
    { "beta", 0x3B2 },
    { "gamma", 0x3B3 },
    { "delta", 0x3B4 },
    { "pi", 0x3C0 },
    { "mu", 0x3BC },
    { "sigma", 0x3C3 },
    { "Omega", 0x3A9 },
    { "omega", 0x3C9 },
    { "nbhy", 0x2011 },
    { "NewLine", 0x0A },
    { "Tab", 0x09 },
};

const QHash<QString, char32_t> &entityTable()
{
    static const QHash<QString, char32_t> table = [] {
        QHash<QString, char32_t> t;
        for (int i = 0; i < 96; ++i)
            t.insert(QString::fromLatin1(latin1Names[i]), char32_t(0xA0 + i));
        for (const auto &e : otherEntities)
            t.insert(QString::fromLatin1(e.name), e.code);
        return t;
    }();
    return table;
}

// HTML 5 8.2.4.69: numeric references 0x80-0x9F mean Windows-1252 characters.
const char32_t windows1252[32] = { 0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021, 0x2C6, 0x2030,
    0x160, 0x2039, 0x152, 0x8D, 0x17D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x2DC, 0x2122, 0x161, 0x203A, 0x153, 0x9D, 0x17E, 0x178 };

QString fromCodePoint(char32_t c)
{
    if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        c = 0xFFFD;
    if (c >= 0x80 && c <= 0x9F)
        c = windows1252[c - 0x80];
    return QString::fromUcs4(&c, 1);
}

bool isHtmlSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == ' ' || u == '\t' || u == '\n' || u == '\r' || u == '\f';
}

bool isAsciiAlpha(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return isAsciiAlpha(c) || (u >= '0' && u <= '9');
}

struct Tag
{
    QString name; // lower case
    bool closing = false;
    bool selfClosing = false;
    QList<QPair<QString, QString>> attributes;

    QString attribute(const QString &attributeName) const
    {
        for (const auto &a : attributes) {
            if (a.first == attributeName)
                return a.second;
        }
        return {};
    }
};

class Converter
{
    struct List
    {
        bool ordered = false;
        int counter = 0;
    };
    struct Link
    {
        QString href;
        QString text;
    };

public:
    explicit Converter(const QHash<QString, QString> &imageNames) : m_imageNames(imageNames) { }

    QString run(const QString &html)
    {
        const int n = html.size();
        int i = 0;
        int textStart = 0;
        while (i < n) {
            if (html.at(i) != QLatin1Char('<')) {
                ++i;
                continue;
            }
            // Is this markup?
            const QChar next = i + 1 < n ? html.at(i + 1) : QChar();
            const bool startTag = isAsciiAlpha(next);
            const bool endTag = next == QLatin1Char('/') && i + 2 < n && isAsciiAlpha(html.at(i + 2));
            const bool declaration = next == QLatin1Char('!') || next == QLatin1Char('?');
            if (!startTag && !endTag && !declaration) {
                ++i;
                continue;
            }
            text(html.mid(textStart, i - textStart));
            if (declaration) {
                if (html.mid(i, 4) == QLatin1String("<!--")) {
                    const int end = html.indexOf(QLatin1String("-->"), i + 4);
                    i = end < 0 ? n : end + 3;
                } else if (html.mid(i, 9) == QLatin1String("<![CDATA[")) {
                    const int end = html.indexOf(QLatin1String("]]>"), i + 9);
                    const int stop = end < 0 ? n : end;
                    rawText(html.mid(i + 9, stop - i - 9));
                    i = end < 0 ? n : end + 3;
                } else {
                    const int end = html.indexOf(QLatin1Char('>'), i);
                    i = end < 0 ? n : end + 1;
                }
                textStart = i;
                continue;
            }
            Tag tag;
            i = parseTag(html, i, &tag);
            textStart = i;
            if (!tag.closing
                && (tag.name == QLatin1String("script") || tag.name == QLatin1String("style")
                    || tag.name == QLatin1String("title") || tag.name == QLatin1String("template"))) {
                // Raw text elements: their content is not markup; skip to the matching end tag.
                const int end = html.indexOf(QLatin1String("</") + tag.name, i, Qt::CaseInsensitive);
                if (end < 0) {
                    i = n;
                } else {
                    const int close = html.indexOf(QLatin1Char('>'), end);
                    i = close < 0 ? n : close + 1;
                }
                textStart = i;
                continue;
            }
            handleTag(tag);
        }
        text(html.mid(textStart));
        return finish();
    }

private:
    static int parseTag(const QString &html, int i, Tag *tag)
    {
        const int n = html.size();
        ++i; // '<'
        if (html.at(i) == QLatin1Char('/')) {
            tag->closing = true;
            ++i;
        }
        const int nameStart = i;
        while (i < n
            && (isAsciiAlnum(html.at(i)) || html.at(i) == QLatin1Char('-') || html.at(i) == QLatin1Char(':')))
            ++i;
        tag->name = html.mid(nameStart, i - nameStart).toLower();
        while (i < n) {
            while (i < n && isHtmlSpace(html.at(i)))
                ++i;
            if (i >= n)
                break;
            const QChar c = html.at(i);
            if (c == QLatin1Char('>'))
                return i + 1;
            if (c == QLatin1Char('/')) {
                tag->selfClosing = true;
                ++i;
                continue;
            }
            const int attrStart = i;
            while (i < n && !isHtmlSpace(html.at(i)) && html.at(i) != QLatin1Char('=')
                && html.at(i) != QLatin1Char('>') && !(html.at(i) == QLatin1Char('/') && i > attrStart))
                ++i;
            if (i == attrStart) {
                ++i; // a stray character such as '=' with no name
                continue;
            }
            const QString name = html.mid(attrStart, i - attrStart).toLower();
            while (i < n && isHtmlSpace(html.at(i)))
                ++i;
            QString value;
            if (i < n && html.at(i) == QLatin1Char('=')) {
                ++i;
                while (i < n && isHtmlSpace(html.at(i)))
                    ++i;
                if (i < n && (html.at(i) == QLatin1Char('"') || html.at(i) == QLatin1Char('\''))) {
                    const QChar quote = html.at(i);
                    const int end = html.indexOf(quote, i + 1);
                    const int stop = end < 0 ? n : end;
                    value = html.mid(i + 1, stop - i - 1);
                    i = end < 0 ? n : end + 1;
                } else {
                    const int valueStart = i;
                    while (i < n && !isHtmlSpace(html.at(i)) && html.at(i) != QLatin1Char('>'))
                        ++i;
                    value = html.mid(valueStart, i - valueStart);
                }
            }
            tag->attributes.append({ name, HtmlToText::decodeEntities(value) });
        }
        return n;
    }

    static bool isBlock(const QString &name)
    {
        static const QStringList blocks = { QStringLiteral("div"), QStringLiteral("section"),
            QStringLiteral("article"), QStringLiteral("header"), QStringLiteral("footer"),
            QStringLiteral("nav"), QStringLiteral("aside"), QStringLiteral("main"), QStringLiteral("address"),
            QStringLiteral("figure"), QStringLiteral("figcaption"), QStringLiteral("form"),
            QStringLiteral("fieldset"), QStringLiteral("dl"), QStringLiteral("dt"), QStringLiteral("dd"),
            QStringLiteral("center"), QStringLiteral("tr"), QStringLiteral("caption"),
            QStringLiteral("details"), QStringLiteral("summary"), QStringLiteral("table"),
            QStringLiteral("tbody"), QStringLiteral("thead"), QStringLiteral("tfoot"), QStringLiteral("body"),
            QStringLiteral("html") };
        return blocks.contains(name);
    }

    void handleTag(const Tag &tag)
    {
        const QString &name = tag.name;
        if (name == QLatin1String("br")) {
            if (!tag.closing)
                lineBreak();
            return;
        }
        if (name == QLatin1String("p")
            || (name.size() == 2 && name.at(0) == QLatin1Char('h') && name.at(1) >= QLatin1Char('1')
                && name.at(1) <= QLatin1Char('6'))) {
            requestBreak(2);
            return;
        }
        if (name == QLatin1String("blockquote")) {
            requestBreak(2);
            if (tag.closing)
                m_quoteDepth = qMax(0, m_quoteDepth - 1);
            else
                ++m_quoteDepth;
            return;
        }
        if (name == QLatin1String("pre")) {
            requestBreak(2);
            if (tag.closing) {
                m_preDepth = qMax(0, m_preDepth - 1);
            } else {
                ++m_preDepth;
                m_skipNewline = true; // HTML: a newline right after <pre> is not content
            }
            return;
        }
        if (name == QLatin1String("ul") || name == QLatin1String("ol")) {
            // A top-level list is a paragraph of its own; a nested one is just more lines of its item.
            const bool topLevel = tag.closing ? m_lists.size() <= 1 : m_lists.isEmpty();
            requestBreak(topLevel ? 2 : 1);
            if (tag.closing) {
                if (!m_lists.isEmpty())
                    m_lists.removeLast();
            } else {
                List list;
                list.ordered = name == QLatin1String("ol");
                bool ok = false;
                const int start = tag.attribute(QStringLiteral("start")).toInt(&ok);
                list.counter = ok ? start - 1 : 0;
                m_lists.append(list);
            }
            return;
        }
        if (name == QLatin1String("li")) {
            requestBreak(1);
            if (!tag.closing) {
                if (m_lists.isEmpty())
                    m_lists.append(List()); // an <li> outside a list still reads as a bullet
                List &list = m_lists.last();
                ++list.counter;
                m_marker = list.ordered ? QString::number(list.counter) + QLatin1String(". ")
                                        : QStringLiteral("* ");
            }
            return;
        }
        if (name == QLatin1String("hr")) {
            requestBreak(1);
            rawText(QStringLiteral("----------------------------------------"));
            requestBreak(1);
            return;
        }
        if (name == QLatin1String("a")) {
            if (!tag.closing) {
                Link link;
                link.href = tag.attribute(QStringLiteral("href")).trimmed();
                m_links.append(link);
            } else if (!m_links.isEmpty()) {
                const Link link = m_links.takeLast();
                closeLink(link);
            }
            return;
        }
        if (name == QLatin1String("img")) {
            const QString alt = tag.attribute(QStringLiteral("alt")).simplified();
            // Without words of its own an image still leaves a trace: "Picture:" followed by nothing reads
            // as if something were lost. Named as most mail programs do, "[image: photo.png]".
            text(alt.isEmpty() ? imagePlaceholder(tag.attribute(QStringLiteral("src")).trimmed()) : alt);
            return;
        }
        if (name == QLatin1String("td") || name == QLatin1String("th")) {
            if (!tag.closing && !m_current.isEmpty() && m_pendingBreaks == 0) {
                m_current += QLatin1Char('\t');
                m_pendingSpace = false;
            }
            return;
        }
        if (isBlock(name)) {
            requestBreak(1);
            return;
        }
    }

    void closeLink(const Link &link)
    {
        QString href = link.href;
        if (href.isEmpty() || href.startsWith(QLatin1Char('#'))
            || href.startsWith(QLatin1String("javascript:"), Qt::CaseInsensitive))
            return;
        const QString linkText = link.text.simplified();
        QString bare = href;
        if (bare.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
            bare = bare.mid(7);
        auto stripped = [](QString s) {
            for (const char *scheme : { "https://", "http://" }) {
                if (s.startsWith(QLatin1String(scheme), Qt::CaseInsensitive))
                    s = s.mid(int(qstrlen(scheme)));
            }
            while (s.endsWith(QLatin1Char('/')))
                s.chop(1);
            return s;
        };
        // "text <url>", unless the text already is the URL.
        if (!linkText.isEmpty()
            && (linkText == href || linkText == bare || stripped(linkText) == stripped(href)))
            return;
        if (linkText.isEmpty()) {
            text(QLatin1Char('<') + href + QLatin1Char('>'));
            return;
        }
        appendWord(QLatin1Char('<') + href + QLatin1Char('>'), true);
    }

    // Text from the document: whitespace collapses (except inside <pre>), references are decoded.
    void text(const QString &raw)
    {
        if (raw.isEmpty())
            return;
        const QString decoded = HtmlToText::decodeEntities(raw);
        if (m_preDepth > 0) {
            rawText(decoded);
            return;
        }
        int i = 0;
        const int n = decoded.size();
        while (i < n) {
            if (isHtmlSpace(decoded.at(i))) {
                m_pendingSpace = true;
                ++i;
                continue;
            }
            const int start = i;
            while (i < n && !isHtmlSpace(decoded.at(i)))
                ++i;
            appendWord(decoded.mid(start, i - start), m_pendingSpace);
            m_pendingSpace = false;
        }
    }

    // Text kept as it is: <pre> content, <hr>.
    void rawText(const QString &raw)
    {
        for (QChar c : raw) {
            if (c == QLatin1Char('\r'))
                continue;
            if (c == QLatin1Char('\n')) {
                if (m_skipNewline) {
                    m_skipNewline = false;
                    continue;
                }
                startLineIfNeeded();
                endLine();
                continue;
            }
            m_skipNewline = false;
            startLineIfNeeded();
            m_current += c == QChar(0xA0) ? QChar(QLatin1Char(' ')) : c;
            m_lineHasText = true;
        }
    }

    void appendWord(const QString &word, bool spaceBefore)
    {
        const bool lineWasEmpty = m_pendingBreaks > 0 || !m_lineHasText;
        startLineIfNeeded();
        if (spaceBefore && !lineWasEmpty && !m_current.endsWith(QLatin1Char(' '))
            && !m_current.endsWith(QLatin1Char('\t')))
            m_current += QLatin1Char(' ');
        QString w = word;
        w.replace(QChar(0xA0), QLatin1Char(' '));
        w.remove(QChar(0xAD)); // soft hyphen: invisible
        m_current += w;
        m_lineHasText = true;
        for (Link &link : m_links) {
            if (spaceBefore && !link.text.isEmpty())
                link.text += QLatin1Char(' ');
            link.text += w;
        }
    }

    // Before the first text of a line: the pending blank line, the quote depth, the list marker.
    void startLineIfNeeded()
    {
        if (m_pendingBreaks > 0) {
            if (m_lineHasText)
                endLine();
            if (m_pendingBreaks >= 2 && !m_lines.isEmpty() && !m_lastLineBlank)
                emitLine(qMin(m_lastDepth, m_quoteDepth), QString());
            m_pendingBreaks = 0;
        }
        if (m_lineHasText)
            return;
        if (m_current.isEmpty()) {
            m_currentDepth = m_quoteDepth;
            if (!m_lists.isEmpty()) {
                const QString indent(2 * (m_lists.size() - 1), QLatin1Char(' '));
                if (!m_marker.isEmpty()) {
                    m_current = indent + m_marker;
                    m_markerWidth = m_marker.size();
                    m_marker.clear();
                } else {
                    m_current = indent + QString(m_markerWidth, QLatin1Char(' '));
                }
            }
        }
    }

    void requestBreak(int lines)
    {
        if (m_lineHasText)
            endLine();
        m_pendingBreaks = qMax(m_pendingBreaks, lines);
        m_pendingSpace = false;
    }

    void lineBreak()
    {
        startLineIfNeeded();
        endLine();
    }

    void endLine()
    {
        emitLine(m_currentDepth, m_current);
        m_current.clear();
        m_lineHasText = false;
        m_currentDepth = m_quoteDepth;
    }

    void emitLine(int depth, const QString &content)
    {
        QString line;
        for (int d = 0; d < depth; ++d)
            line += QLatin1String("> ");
        line += content;
        while (line.endsWith(QLatin1Char(' ')) || line.endsWith(QLatin1Char('\t')))
            line.chop(1);
        // RFC 3676 4.3: the signature separator is "-- " with its space; readers look for exactly that.
        if (content.trimmed() == QLatin1String("--"))
            line += QLatin1Char(' ');
        m_lastLineBlank = content.trimmed().isEmpty();
        m_lastDepth = depth;
        m_lines.append(line);
    }

    QString finish()
    {
        if (m_lineHasText)
            endLine();
        while (!m_lines.isEmpty() && m_lines.first().isEmpty())
            m_lines.removeFirst();
        while (!m_lines.isEmpty() && (m_lines.last().isEmpty() || m_lines.last() == QLatin1String(">")))
            m_lines.removeLast();
        if (m_lines.isEmpty())
            return {};
        return m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }

    // "[image: photo.png]": the name the message gives the inline part ("cid:" references), else the last
    // part of its address; "[image]" when there is none.
    QString imagePlaceholder(const QString &src) const
    {
        QString name;
        if (src.startsWith(QLatin1String("cid:"), Qt::CaseInsensitive)) {
            name = m_imageNames.value(src.mid(4));
        } else if (!src.startsWith(QLatin1String("data:"), Qt::CaseInsensitive)) {
            name = src.section(QLatin1Char('/'), -1).section(QLatin1Char('?'), 0, 0);
        }
        return name.isEmpty() ? QCoreApplication::translate("HtmlToText", "[image]")
                              : QCoreApplication::translate("HtmlToText", "[image: %1]").arg(name);
    }

    QHash<QString, QString> m_imageNames;
    QStringList m_lines;
    QString m_current;
    bool m_lineHasText = false;
    int m_currentDepth = 0;
    int m_pendingBreaks = 0;
    bool m_pendingSpace = false;
    bool m_lastLineBlank = false;
    int m_lastDepth = 0;
    int m_quoteDepth = 0;
    int m_preDepth = 0;
    bool m_skipNewline = false;
    QList<List> m_lists;
    QString m_marker;
    int m_markerWidth = 2;
    QList<Link> m_links;
};

} // namespace

QString HtmlToText::decodeEntities(const QString &text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    QString out;
    out.reserve(text.size());
    const int n = text.size();
    int i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('&')) {
            out += c;
            ++i;
            continue;
        }
        if (i + 1 < n && text.at(i + 1) == QLatin1Char('#')) {
            int j = i + 2;
            const bool hex = j < n && (text.at(j) == QLatin1Char('x') || text.at(j) == QLatin1Char('X'));
            if (hex)
                ++j;
            const int digitsStart = j;
            char32_t value = 0;
            while (j < n && j - digitsStart < 8) {
                const char16_t d = text.at(j).unicode();
                int digit = -1;
                if (d >= '0' && d <= '9')
                    digit = d - '0';
                else if (hex && d >= 'a' && d <= 'f')
                    digit = d - 'a' + 10;
                else if (hex && d >= 'A' && d <= 'F')
                    digit = d - 'A' + 10;
                if (digit < 0)
                    break;
                value = value * (hex ? 16 : 10) + char32_t(digit);
                ++j;
            }
            if (j > digitsStart) {
                if (j < n && text.at(j) == QLatin1Char(';'))
                    ++j;
                out += fromCodePoint(value);
                i = j;
                continue;
            }
            out += c;
            ++i;
            continue;
        }
        int j = i + 1;
        while (j < n && j - i <= 32 && isAsciiAlnum(text.at(j)))
            ++j;
        const QString name = text.mid(i + 1, j - i - 1);
        const auto &table = entityTable();
        const auto it = table.constFind(name);
        if (it != table.constEnd() && j < n && text.at(j) == QLatin1Char(';')) {
            out += fromCodePoint(*it);
            i = j + 1;
            continue;
        }
        // Legacy references without ';' that browsers still accept.
        static const QStringList legacy = { QStringLiteral("amp"), QStringLiteral("lt"), QStringLiteral("gt"),
            QStringLiteral("quot"), QStringLiteral("nbsp"), QStringLiteral("copy"), QStringLiteral("reg") };
        if (it != table.constEnd() && legacy.contains(name)) {
            out += fromCodePoint(*it);
            i = j;
            continue;
        }
        out += c;
        ++i;
    }
    return out;
}

QString HtmlToText::convert(const QString &html, const QHash<QString, QString> &imageNames)
{
    return Converter(imageNames).run(html);
}
