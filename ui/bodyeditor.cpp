#include "bodyeditor.h"

#include "emailhtml.h"
#include "icons.h"
#include "linkdialog.h"

#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QMimeDatabase>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextList>
#include <QToolBar>
#include <QUrl>
#include <QUuid>
#include <QVBoxLayout>

namespace {

// Marks the blocks of the signature, so that a change of account can find and replace them.
constexpr int SignatureProperty = QTextFormat::UserProperty + 1;
// Larger images are shown scaled down in the editor and in the recipient's reader alike.
constexpr int MaxShownImageWidth = 640;
// Pasting a photo straight from a camera should not make a 50 MB message by surprise.
constexpr qint64 MaxInlineImageBytes = 20 * 1024 * 1024;
// How far a quoted block stands in, per level (pixels).
constexpr int QuoteIndent = 24;

QString cidUrl(const QString &contentId)
{
    return QStringLiteral("cid:") + contentId;
}

} // namespace

// ---- ComposeTextEdit ----

ComposeTextEdit::ComposeTextEdit(QWidget *parent) : QTextEdit(parent)
{
    // Tab moves on to the attachments and buttons, so every control stays reachable from the keyboard.
    setTabChangesFocus(true);
}

bool ComposeTextEdit::isImageFile(const QString &path)
{
    const QByteArray format = QImageReader::imageFormat(path);
    return format == "png" || format == "jpeg" || format == "gif" || format == "webp" || format == "bmp";
}

QString ComposeTextEdit::insertInlineImage(
    const QByteArray &data, const QByteArray &mimeType, const QString &fileName)
{
    QImage image;
    if (!image.loadFromData(data)) {
        return {};
    }
    // RFC 2392: a Content-ID is an addr-spec-like msg-id; a random left part keeps it unique.
    const QString contentId = QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral("@epistle");
    m_images.insert(contentId, InlineImage { data, mimeType, fileName });
    document()->addResource(QTextDocument::ImageResource, QUrl(cidUrl(contentId)), image);
    QTextImageFormat format;
    format.setName(cidUrl(contentId));
    if (image.width() > MaxShownImageWidth) {
        format.setWidth(MaxShownImageWidth);
        format.setHeight(double(image.height()) * MaxShownImageWidth / image.width());
    }
    textCursor().insertImage(format);
    Q_EMIT imageInserted();
    return contentId;
}

void ComposeTextEdit::addInlineImage(const QString &contentId, const InlineImage &image)
{
    QImage decoded;
    decoded.loadFromData(image.data);
    m_images.insert(contentId, image);
    document()->addResource(QTextDocument::ImageResource, QUrl(cidUrl(contentId)), decoded);
}

void ComposeTextEdit::clearInlineImages()
{
    m_images.clear();
}

bool ComposeTextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasImage() || source->hasUrls() || QTextEdit::canInsertFromMimeData(source);
}

void ComposeTextEdit::insertFromMimeData(const QMimeData *source)
{
    if (source->hasUrls()) {
        QStringList files;
        bool handled = false;
        for (const QUrl &url : source->urls()) {
            if (!url.isLocalFile()) {
                continue;
            }
            handled = true;
            const QString path = url.toLocalFile();
            QFile file(path);
            if (isImageFile(path) && file.size() <= MaxInlineImageBytes && file.open(QIODevice::ReadOnly)) {
                const QByteArray data = file.readAll();
                const QByteArray type
                    = QMimeDatabase().mimeTypeForFileNameAndData(path, data).name().toLatin1();
                if (!insertInlineImage(data, type, QFileInfo(path).fileName()).isEmpty()) {
                    continue;
                }
            }
            files << path;
        }
        if (!files.isEmpty()) {
            Q_EMIT filesDropped(files);
        }
        if (handled) {
            return;
        }
    }
    if (source->hasImage()) {
        const QImage image = qvariant_cast<QImage>(source->imageData());
        if (!image.isNull()) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            insertInlineImage(png, "image/png", tr("image.png"));
            return;
        }
    }
    QTextEdit::insertFromMimeData(source);
}

// ---- BodyEditor ----

BodyEditor::BodyEditor(QWidget *parent)
    : QWidget(parent), m_edit(new ComposeTextEdit(this)), m_formatBar(new QToolBar(tr("Formatting"), this))
{
    m_edit->setObjectName(QStringLiteral("bodyEdit"));
    m_edit->setAccessibleName(tr("Message text"));
    m_edit->setAcceptRichText(false);
    m_formatBar->setObjectName(QStringLiteral("formatBar"));
    m_formatBar->setAccessibleName(tr("Formatting"));
    m_formatBar->setIconSize(QSize(18, 18));

    m_size = new QComboBox(this);
    m_size->setAccessibleName(tr("Font size"));
    m_size->setToolTip(tr("Font size"));
    for (int points : { 8, 9, 10, 11, 12, 14, 16, 18, 20, 24, 28, 36 }) {
        m_size->addItem(tr("%1 pt").arg(points), points);
    }
    m_size->setCurrentIndex(m_size->findData(10));
    connect(m_size, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        QTextCharFormat format;
        format.setFontPointSize(m_size->itemData(index).toInt());
        mergeFormat(format);
        m_edit->setFocus();
    });
    m_formatBar->addWidget(m_size);
    m_formatBar->addSeparator();

    const auto makeAction = [this](const QString &icon, const QString &text, const QKeySequence &shortcut,
                                bool checkable) {
        auto *action = new QAction(Icons::icon(icon), text, this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setCheckable(checkable);
        action->setToolTip(
            shortcut.isEmpty() ? text : tr("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
        m_formatBar->addAction(action);
        addAction(action);
        return action;
    };
    m_bold = makeAction(QStringLiteral("format-bold"), tr("Bold"), QKeySequence::Bold, true);
    connect(m_bold, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat f;
        f.setFontWeight(on ? QFont::Bold : QFont::Normal);
        mergeFormat(f);
    });
    m_italic = makeAction(QStringLiteral("format-italic"), tr("Italic"), QKeySequence::Italic, true);
    connect(m_italic, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat f;
        f.setFontItalic(on);
        mergeFormat(f);
    });
    m_underline
        = makeAction(QStringLiteral("format-underline"), tr("Underline"), QKeySequence::Underline, true);
    connect(m_underline, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat f;
        f.setFontUnderline(on);
        mergeFormat(f);
    });
    m_formatBar->addSeparator();
    m_bullets = makeAction(QStringLiteral("list-bullet"), tr("Bulleted list"), QKeySequence(), true);
    connect(m_bullets, &QAction::triggered, this, [this] { toggleList(false); });
    m_numbers = makeAction(QStringLiteral("list-number"), tr("Numbered list"), QKeySequence(), true);
    connect(m_numbers, &QAction::triggered, this, [this] { toggleList(true); });
    m_quote = makeAction(
        QStringLiteral("format-quote"), tr("Quote"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q), true);
    connect(m_quote, &QAction::triggered, this, &BodyEditor::toggleQuote);
    m_formatBar->addSeparator();
    m_link = makeAction(QStringLiteral("link"), tr("Link…"), QKeySequence(Qt::CTRL | Qt::Key_K), false);
    connect(m_link, &QAction::triggered, this, &BodyEditor::chooseLink);
    m_image = makeAction(QStringLiteral("insert-image"), tr("Insert image…"), QKeySequence(), false);
    connect(m_image, &QAction::triggered, this, &BodyEditor::chooseImage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_formatBar);
    layout->addWidget(m_edit, 1);
    // On a small screen the text may shrink to a few lines (the window's panels scroll before it does), but
    // it never pushes the window past the screen's edge.
    m_edit->setMinimumHeight(2 * m_edit->fontMetrics().lineSpacing() + 2 * m_edit->frameWidth() + 8);

    connect(m_edit, &QTextEdit::textChanged, this, &BodyEditor::changed);
    connect(m_edit, &QTextEdit::currentCharFormatChanged, this, &BodyEditor::updateFormatActions);
    connect(m_edit, &QTextEdit::cursorPositionChanged, this, &BodyEditor::updateFormatActions);
    connect(m_edit, &ComposeTextEdit::filesDropped, this, &BodyEditor::filesDropped);
    connect(m_edit, &ComposeTextEdit::imageInserted, this, [this] {
        // An image only survives in rich text; pasting one is a clear wish for it.
        if (!m_rich) {
            setRichText(true, false);
        }
    });
    setRichText(false, false);
}

bool BodyEditor::setRichText(bool rich, bool confirmLoss)
{
    if (rich == m_rich && m_formatBar->isEnabled() == rich) {
        return true;
    }
    if (!rich && m_rich) {
        if (confirmLoss && hasFormatting()) {
            const auto answer = QMessageBox::question(this, tr("Switch to plain text?"),
                tr("Plain text keeps the words only: formatting, links and images in the message will be "
                   "removed."),
                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Discard) {
                return false;
            }
        }
        const QString text = plainText();
        m_edit->setAcceptRichText(false);
        m_edit->setPlainText(text);
        m_edit->clearInlineImages();
        markSignature();
    }
    m_edit->setAcceptRichText(rich);
    m_rich = rich;
    m_formatBar->setEnabled(rich);
    for (QAction *a : { m_bold, m_italic, m_underline, m_bullets, m_numbers, m_link, m_quote }) {
        a->setEnabled(rich);
    }
    m_formatBar->setToolTip(
        rich ? QString() : tr("Formatting needs rich text (HTML): switch it on in the Format menu"));
    Q_EMIT richTextChanged(rich);
    Q_EMIT changed();
    return true;
}

bool BodyEditor::hasFormatting() const
{
    const QTextDocument *doc = m_edit->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.textList() || block.blockFormat().intProperty(QTextFormat::BlockQuoteLevel) > 0) {
            return true;
        }
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (f.isImageFormat() || f.isAnchor() || f.fontWeight() > QFont::Normal || f.fontItalic()
                || f.fontUnderline() || f.hasProperty(QTextFormat::FontPointSize)) {
                return true;
            }
        }
    }
    return false;
}

QString BodyEditor::plainText() const
{
    QString text = m_edit->toPlainText();
    text.remove(QChar::ObjectReplacementCharacter);
    return text;
}

QString BodyEditor::html() const
{
    return m_rich ? EmailHtml::fromDocument(m_edit->document()) : QString();
}

QList<DraftAttachment> BodyEditor::inlineAttachments() const
{
    QList<DraftAttachment> out;
    if (!m_rich) {
        return out;
    }
    QStringList seen;
    const QTextDocument *doc = m_edit->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (!f.isImageFormat()) {
                continue;
            }
            const QString name = f.toImageFormat().name();
            if (!name.startsWith(QLatin1String("cid:"))) {
                continue;
            }
            const QString id = name.mid(4);
            const auto image = m_edit->inlineImages().constFind(id);
            if (seen.contains(id) || image == m_edit->inlineImages().constEnd()) {
                continue;
            }
            seen << id;
            DraftAttachment a = DraftAttachment::fromData(image->data, image->fileName, image->mimeType);
            a.isInline = true;
            a.contentId = id;
            out << a;
        }
    }
    return out;
}

void BodyEditor::setContent(
    const QString &plainText, const QString &html, const QList<DraftAttachment> &inlineImages)
{
    m_edit->clearInlineImages();
    if (!html.isEmpty()) {
        setRichText(true, false);
        for (const DraftAttachment &a : inlineImages) {
            if (!a.isInline || a.contentId.isEmpty()) {
                continue;
            }
            QByteArray data = a.data;
            if (data.isEmpty() && !a.filePath.isEmpty()) {
                QFile file(a.filePath);
                if (file.open(QIODevice::ReadOnly)) {
                    data = file.readAll();
                }
            }
            m_edit->addInlineImage(
                a.contentId, ComposeTextEdit::InlineImage { data, a.mimeType, a.fileName });
        }
        m_edit->setHtml(html);
        // Qt reads an empty line written as <div><br></div> as a line holding one line break: make it empty.
        // Its HTML reader also puts blank space above and below lists and quotes, and its own indent on a
        // quote: give each block the spacing the editor gives it, so a reopened draft looks as it was left.
        QTextCursor c(m_edit->document());
        for (QTextBlock b = m_edit->document()->begin(); b.isValid(); b = b.next()) {
            QTextBlockFormat spacing = b.blockFormat();
            const int quote = spacing.intProperty(QTextFormat::BlockQuoteLevel);
            spacing.setTopMargin(0);
            spacing.setBottomMargin(0);
            spacing.setRightMargin(0);
            spacing.setLeftMargin(quote > 0 ? QuoteIndent * quote : 0);
            c.setPosition(b.position());
            c.setBlockFormat(spacing);
            if (b.text() == QString(QChar::LineSeparator)) {
                c.setPosition(b.position());
                c.setPosition(b.position() + 1, QTextCursor::KeepAnchor);
                c.removeSelectedText();
            }
        }
    } else {
        setRichText(false, false);
        m_edit->setPlainText(plainText);
    }
    markSignature();
}

void BodyEditor::clear()
{
    m_edit->clear();
    m_edit->clearInlineImages();
    setRichText(false, false);
    if (!m_signature.isEmpty()) {
        appendSignatureBlocks();
    }
    m_edit->moveCursor(QTextCursor::Start);
}

void BodyEditor::setSignature(const QString &signature)
{
    const QString trimmed = signature.trimmed();
    if (trimmed == m_signature) {
        return;
    }
    removeSignatureBlocks();
    m_signature = trimmed;
    if (!m_signature.isEmpty()) {
        const int position = m_edit->textCursor().position();
        appendSignatureBlocks();
        QTextCursor c = m_edit->textCursor();
        c.setPosition(qMin(position, m_edit->document()->characterCount() - 1));
        m_edit->setTextCursor(c);
    }
}

void BodyEditor::removeSignatureBlocks()
{
    QTextDocument *doc = m_edit->document();
    QTextBlock first;
    for (QTextBlock block = doc->lastBlock(); block.isValid(); block = block.previous()) {
        if (!block.blockFormat().boolProperty(SignatureProperty)) {
            break;
        }
        first = block;
    }
    if (!first.isValid()) {
        return;
    }
    QTextCursor c(doc);
    c.beginEditBlock();
    c.setPosition(first.position() > 0 ? first.position() - 1 : 0);
    c.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    c.removeSelectedText();
    c.endEditBlock();
}

void BodyEditor::appendSignatureBlocks()
{
    QTextDocument *doc = m_edit->document();
    QTextCursor c(doc);
    c.beginEditBlock();
    c.movePosition(QTextCursor::End);
    QTextBlockFormat marked;
    marked.setProperty(SignatureProperty, true);
    // In a new message the existing empty first line is the one to write on, above the signature.
    const QStringList lines = QStringList { QStringLiteral("-- ") } + m_signature.split(QLatin1Char('\n'));
    // A blank line between the text and the separator, marked too so that it goes with the signature.
    c.insertBlock(marked, QTextCharFormat());
    for (const QString &line : lines) {
        c.insertBlock(marked, QTextCharFormat());
        c.insertText(line);
    }
    c.endEditBlock();
}

void BodyEditor::markSignature()
{
    if (m_signature.isEmpty()) {
        return;
    }
    QTextDocument *doc = m_edit->document();
    // Text read back from HTML holds no-break spaces where the spaces had to be kept ("--&nbsp;").
    const auto textOf = [](const QTextBlock &b) { return b.text().replace(QChar::Nbsp, QLatin1Char(' ')); };
    QTextBlock separator;
    for (QTextBlock block = doc->lastBlock(); block.isValid(); block = block.previous()) {
        if (textOf(block) == QLatin1String("-- ") || textOf(block) == QLatin1String("--")) {
            separator = block;
            break;
        }
    }
    if (!separator.isValid()) {
        return;
    }
    QStringList after;
    for (QTextBlock b = separator.next(); b.isValid(); b = b.next()) {
        after << textOf(b);
    }
    if (after.join(QLatin1Char('\n')).trimmed() != m_signature) {
        return;
    }
    QTextBlock from = separator;
    if (separator.previous().isValid() && separator.previous().text().isEmpty()) {
        from = separator.previous();
    }
    QTextCursor c(doc);
    c.beginEditBlock();
    for (QTextBlock b = from; b.isValid(); b = b.next()) {
        c.setPosition(b.position());
        QTextBlockFormat f = b.blockFormat();
        f.setProperty(SignatureProperty, true);
        c.setBlockFormat(f);
    }
    c.endEditBlock();
}

void BodyEditor::mergeFormat(const QTextCharFormat &format)
{
    // The selection changes; without one, what is typed next does (as in every word processor: Ctrl+B,
    // type, Ctrl+B again must not touch the word just typed).
    m_edit->mergeCurrentCharFormat(format);
}

void BodyEditor::updateFormatActions()
{
    const QTextCharFormat f = m_edit->currentCharFormat();
    m_bold->setChecked(f.fontWeight() > QFont::Normal);
    m_italic->setChecked(f.fontItalic());
    m_underline->setChecked(f.fontUnderline());
    const QTextList *list = m_edit->textCursor().currentList();
    const bool numbered = list && list->format().style() == QTextListFormat::ListDecimal;
    m_bullets->setChecked(list && !numbered);
    m_numbers->setChecked(numbered);
    m_quote->setChecked(m_edit->textCursor().blockFormat().intProperty(QTextFormat::BlockQuoteLevel) > 0);
    const int points = f.hasProperty(QTextFormat::FontPointSize) ? int(f.fontPointSize()) : 10;
    const int index = m_size->findData(points);
    if (index >= 0) {
        m_size->setCurrentIndex(index);
    }
}

void BodyEditor::toggleList(bool numbered)
{
    QTextCursor cursor = m_edit->textCursor();
    const QTextListFormat::Style style = numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc;
    cursor.beginEditBlock();
    QTextList *list = cursor.currentList();
    if (list && list->format().style() == style) {
        // The same button again ends the list for these paragraphs.
        const int start = cursor.selectionStart();
        const int end = cursor.selectionEnd();
        QTextBlock block = m_edit->document()->findBlock(start);
        while (block.isValid() && block.position() <= end) {
            if (QTextList *l = block.textList()) {
                l->remove(block);
                QTextCursor c(block);
                QTextBlockFormat bf = block.blockFormat();
                bf.setIndent(0);
                c.setBlockFormat(bf);
            }
            block = block.next();
        }
    } else if (list) {
        QTextListFormat format = list->format();
        format.setStyle(style);
        list->setFormat(format);
    } else {
        cursor.createList(style);
    }
    cursor.endEditBlock();
    updateFormatActions();
}

void BodyEditor::toggleQuote()
{
    QTextCursor cursor = m_edit->textCursor();
    const bool quoted = cursor.blockFormat().intProperty(QTextFormat::BlockQuoteLevel) > 0;
    cursor.beginEditBlock();
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    QTextBlock block = m_edit->document()->findBlock(start);
    while (block.isValid() && block.position() <= end) {
        QTextCursor c(block);
        QTextBlockFormat bf = block.blockFormat();
        if (quoted) {
            bf.clearProperty(QTextFormat::BlockQuoteLevel);
            bf.setLeftMargin(0);
        } else {
            // Qt writes a block with this level as <blockquote>, which HtmlToText turns into "> " lines.
            bf.setProperty(QTextFormat::BlockQuoteLevel, 1);
            bf.setLeftMargin(QuoteIndent);
        }
        c.setBlockFormat(bf);
        block = block.next();
    }
    cursor.endEditBlock();
    updateFormatActions();
}

void BodyEditor::applyLink(const QString &url, const QString &text)
{
    const QString target = url.trimmed();
    if (target.isEmpty()) {
        return;
    }
    QTextCursor cursor = m_edit->textCursor();
    if (cursor.hasSelection() && !text.isEmpty() && text != cursor.selectedText()) {
        cursor.removeSelectedText();
    }
    QTextCharFormat f;
    f.setAnchor(true);
    f.setAnchorHref(target);
    f.setFontUnderline(true);
    // Shown in the palette's link colour here; the message's HTML carries no colour (see EmailHtml).
    f.setForeground(palette().brush(QPalette::Link));
    if (cursor.hasSelection()) {
        cursor.mergeCharFormat(f);
    } else {
        cursor.insertText(text.isEmpty() ? target : text, f);
        // Typing on after the link is not part of it.
        cursor.setCharFormat(QTextCharFormat());
        m_edit->setTextCursor(cursor);
        m_edit->setCurrentCharFormat(QTextCharFormat());
    }
}

void BodyEditor::chooseLink()
{
    const QString current = m_edit->textCursor().charFormat().anchorHref();
    auto *dialog = new LinkDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setText(m_edit->textCursor().selectedText());
    dialog->setUrl(current.isEmpty() ? QStringLiteral("https://") : current);
    (dialog->textEdit()->text().isEmpty() ? dialog->textEdit() : dialog->urlEdit())->setFocus();
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applyLink(dialog->url(), dialog->text()); });
    dialog->open();
}

void BodyEditor::chooseImage()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Insert image"),
        m_imageFolder.isEmpty() ? QDir::homePath() : m_imageFolder,
        tr("Images (*.png *.jpg *.jpeg *.gif *.webp)"));
    if (path.isEmpty()) {
        return;
    }
    m_imageFolder = QFileInfo(path).absolutePath();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxInlineImageBytes) {
        QMessageBox::warning(this, tr("Insert image"),
            tr("%1 cannot be inserted: it cannot be read, or it is larger than 20 MB.").arg(path));
        return;
    }
    const QByteArray data = file.readAll();
    const QByteArray type = QMimeDatabase().mimeTypeForFileNameAndData(path, data).name().toLatin1();
    if (!m_rich) {
        setRichText(true, false);
    }
    if (m_edit->insertInlineImage(data, type, QFileInfo(path).fileName()).isEmpty()) {
        QMessageBox::warning(this, tr("Insert image"), tr("%1 is not an image Epistle can show.").arg(path));
    }
}
