#pragma once

#include <QHash>
#include <QString>

// Turns an HTML body into the text/plain alternative that readers show when they do not render HTML:
// paragraphs and line breaks, lists ("* ", "1. "), links as "text <url>", block quotes as "> ", preformatted
// text kept, script and style dropped, character references decoded. Core has no QtGui (so no QTextDocument),
// hence this small converter; it is linear in the input and never fails.
class HtmlToText
{
public:
    // Lines end with '\n'; the result ends with one '\n' unless it is empty. An image without alt text
    // becomes "[image: NAME]", NAME from 'imageNames' (content id -> file name) for a "cid:" image.
    static QString convert(const QString &html, const QHash<QString, QString> &imageNames = {});

    // Decodes HTML character references ("&amp;", "&eacute;", "&#233;", "&#xE9;"); unknown ones stay as is.
    static QString decodeEntities(const QString &text);
};
