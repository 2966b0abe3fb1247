#pragma once

class QString;
class QTextDocument;

// Writes the composer's document as the HTML a mail reader expects: one <div> per line (as webmail and
// Thunderbird write it), <ul>/<ol> lists, <blockquote> quotes, <b>/<i>/<u>, links, font sizes and
// "cid:" images — small and semantic, unlike QTextDocument::toHtml()'s style sheets, so that the text/plain
// alternative HtmlToText derives from it keeps the lines, list markers, quotes and the signature as written.
namespace EmailHtml {
QString fromDocument(const QTextDocument *document);
}
