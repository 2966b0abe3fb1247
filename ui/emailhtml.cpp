#include "emailhtml.h"

#include <QList>
#include <QString>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

namespace {

// Text as HTML, keeping runs of spaces and the line breaks Shift+Enter makes inside a paragraph.
// 'previousSpace' carries across the fragments of one line: a space after a space (or at the start of the
// line) would collapse, so it is written as &nbsp;.
QString escapeText(const QString &text, bool &previousSpace)
{
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case 0x00A0: // a space that must stay (read back from HTML as this character)
            out += QLatin1String("&nbsp;");
            previousSpace = false;
            continue;
        case 0x2028: // QChar::LineSeparator
            out += QLatin1String("<br>");
            previousSpace = true;
            continue;
        case ' ':
            out += previousSpace ? QStringLiteral("&nbsp;") : QStringLiteral(" ");
            previousSpace = true;
            continue;
        default:
            if (c == QChar::ObjectReplacementCharacter) {
                continue;
            }
            out += c;
        }
        previousSpace = false;
    }
    return out;
}

QString fragmentHtml(const QTextFragment &fragment, bool &previousSpace)
{
    const QTextCharFormat f = fragment.charFormat();
    if (f.isImageFormat()) {
        const QTextImageFormat image = f.toImageFormat();
        QString tag = QStringLiteral("<img src=\"%1\"").arg(image.name().toHtmlEscaped());
        if (image.width() > 0) {
            tag += QStringLiteral(" width=\"%1\"").arg(qRound(image.width()));
        }
        if (image.height() > 0) {
            tag += QStringLiteral(" height=\"%1\"").arg(qRound(image.height()));
        }
        previousSpace = false;
        return tag + QLatin1String(" alt=\"\">");
    }
    QString html = escapeText(fragment.text(), previousSpace);
    if (html.isEmpty()) {
        return {};
    }
    if (f.hasProperty(QTextFormat::FontPointSize) && f.fontPointSize() > 0) {
        html = QStringLiteral("<span style=\"font-size:%1pt\">%2</span>").arg(f.fontPointSize()).arg(html);
    }
    if (f.fontUnderline() && !f.isAnchor()) {
        html = QLatin1String("<u>") + html + QLatin1String("</u>");
    }
    if (f.fontItalic()) {
        html = QLatin1String("<i>") + html + QLatin1String("</i>");
    }
    if (f.fontWeight() > QFont::Normal) {
        html = QLatin1String("<b>") + html + QLatin1String("</b>");
    }
    if (f.isAnchor() && !f.anchorHref().isEmpty()) {
        html = QStringLiteral("<a href=\"%1\">%2</a>").arg(f.anchorHref().toHtmlEscaped(), html);
    }
    return html;
}

QString blockContent(const QTextBlock &block)
{
    QString html;
    bool previousSpace = true;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        html += fragmentHtml(it.fragment(), previousSpace);
    }
    // A space at the end of a line is kept as written (the "-- " signature separator, RFC 3676 4.3).
    if (html.endsWith(QLatin1Char(' '))) {
        html.chop(1);
        html += QLatin1String("&nbsp;");
    }
    return html;
}

} // namespace

namespace EmailHtml {

QString fromDocument(const QTextDocument *document)
{
    // No line breaks between the elements: Qt's HTML reader (a draft reopened) would read them as spaces.
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>");
    QList<const QTextList *> lists; // open lists, outermost first
    int quoteDepth = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QTextList *list = block.textList();
        // Lists nest by indent: close the ones this block is not inside of.
        const auto closeLast = [&] {
            html += lists.takeLast()->format().style() == QTextListFormat::ListDecimal
                ? QLatin1String("</ol>")
                : QLatin1String("</ul>");
        };
        if (!list) {
            while (!lists.isEmpty()) {
                closeLast();
            }
        } else if (lists.contains(list)) {
            while (lists.last() != list) {
                closeLast();
            }
        } else {
            while (!lists.isEmpty() && lists.last()->format().indent() >= list->format().indent()) {
                closeLast();
            }
        }
        const int depth = qMax(0, block.blockFormat().intProperty(QTextFormat::BlockQuoteLevel));
        while (quoteDepth > depth) {
            html += QLatin1String("</blockquote>");
            --quoteDepth;
        }
        while (quoteDepth < depth) {
            html += QLatin1String(
                "<blockquote style=\"margin:0 0 0 0.8ex;border-left:2px solid;padding-left:1ex\">");
            ++quoteDepth;
        }
        if (list && (lists.isEmpty() || lists.last() != list)) {
            html += list->format().style() == QTextListFormat::ListDecimal ? QLatin1String("<ol>")
                                                                           : QLatin1String("<ul>");
            lists << list;
        }
        const QString content = blockContent(block);
        if (list) {
            html += QLatin1String("<li>") + content + QLatin1String("</li>");
        } else {
            html += QLatin1String("<div>") + (content.isEmpty() ? QStringLiteral("<br>") : content)
                + QLatin1String("</div>");
        }
    }
    while (!lists.isEmpty()) {
        html += lists.takeLast()->format().style() == QTextListFormat::ListDecimal ? QLatin1String("</ol>")
                                                                                   : QLatin1String("</ul>");
    }
    while (quoteDepth-- > 0) {
        html += QLatin1String("</blockquote>");
    }
    return html + QLatin1String("</body></html>");
}

} // namespace EmailHtml
