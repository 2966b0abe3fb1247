#pragma once

#include "store/draft.h"

#include <QHash>
#include <QTextEdit>
#include <QWidget>

class QAction;
class QComboBox;
class QToolBar;

// The text area of the composer: a QTextEdit that turns pasted or dropped images into inline images
// (referenced from the HTML as "cid:" URLs, RFC 2392) and hands dropped files that are not images to the
// attachment list.
class ComposeTextEdit : public QTextEdit
{
    Q_OBJECT
public:
    // An image shown in the body, sent as an inline part with this Content-ID.
    struct InlineImage
    {
        QByteArray data;
        QByteArray mimeType;
        QString fileName;
    };

    explicit ComposeTextEdit(QWidget *parent = nullptr);

    // Puts an image at the cursor (switching the editor to rich text is the owner's job: imageInserted
    // tells).
    QString insertInlineImage(const QByteArray &data, const QByteArray &mimeType, const QString &fileName);
    // Registers an image the HTML already references (a draft being reopened).
    void addInlineImage(const QString &contentId, const InlineImage &image);
    const QHash<QString, InlineImage> &inlineImages() const { return m_images; }
    void clearInlineImages();

    static bool isImageFile(const QString &path);

Q_SIGNALS:
    // Files dropped or pasted that are not images for the body: for the attachment list.
    void filesDropped(const QStringList &paths);
    // An image was pasted or dropped (the editor must be in rich mode to keep it).
    void imageInserted();

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    QHash<QString, InlineImage> m_images;
};

// The composer's body: plain text or rich text (HTML) with basic formatting — bold, italic, underline,
// bulleted and numbered lists, links, quotes, font size — inline images, and the account's signature kept
// as a marked block at the end so that choosing another account swaps it. In rich mode the message carries
// the HTML and MimeMessage derives the text/plain alternative from it when the message is written.
class BodyEditor : public QWidget
{
    Q_OBJECT
public:
    explicit BodyEditor(QWidget *parent = nullptr);

    ComposeTextEdit *textEdit() const { return m_edit; }
    QToolBar *formatBar() const { return m_formatBar; }

    bool isRichText() const { return m_rich; }
    // Switching to plain text drops formatting and images: 'confirmLoss' asks first when there is some.
    // False when the person declined.
    bool setRichText(bool rich, bool confirmLoss = true);
    // Whether the rich text has anything plain text cannot hold (formatting, lists, links, images).
    bool hasFormatting() const;

    // The person's text as plain text (images left out), for checks and for plain mode.
    QString plainText() const;
    // The HTML with "cid:" image references (empty in plain mode).
    QString html() const;
    // The inline images the HTML still shows, as draft attachments (isInline, contentId set).
    QList<DraftAttachment> inlineAttachments() const;

    // Fills the editor: HTML when 'html' is not empty (rich mode), else the plain text.
    void setContent(
        const QString &plainText, const QString &html, const QList<DraftAttachment> &inlineImages);
    void clear();

    // The signature shown at the end (RFC 3676 "-- " separator); an empty one removes it.
    void setSignature(const QString &signature);
    QString signature() const { return m_signature; }

    // The formatting actions, for the composer's menus and for tests.
    QAction *boldAction() const { return m_bold; }
    QAction *italicAction() const { return m_italic; }
    QAction *underlineAction() const { return m_underline; }
    QAction *bulletListAction() const { return m_bullets; }
    QAction *numberedListAction() const { return m_numbers; }
    QAction *linkAction() const { return m_link; }
    QAction *quoteAction() const { return m_quote; }
    QAction *imageAction() const { return m_image; }
    QComboBox *fontSizeBox() const { return m_size; }

    // Makes the selection a link to 'url', or inserts 'text' (the address when empty) as one.
    void applyLink(const QString &url, const QString &text = {});
    void toggleQuote();
    void toggleList(bool numbered);

Q_SIGNALS:
    void changed();
    void richTextChanged(bool rich);
    void filesDropped(const QStringList &paths);

private:
    void updateFormatActions();
    void mergeFormat(const QTextCharFormat &format);
    void chooseLink();
    void chooseImage();
    void removeSignatureBlocks();
    void appendSignatureBlocks();
    // After the text was replaced wholesale: finds the signature at the end again and marks it.
    void markSignature();

    ComposeTextEdit *m_edit;
    QToolBar *m_formatBar;
    QAction *m_bold, *m_italic, *m_underline, *m_bullets, *m_numbers, *m_link, *m_quote, *m_image;
    QComboBox *m_size;
    bool m_rich = false;
    QString m_signature;
    // Where the last image came from: the next one is likely in the same folder.
    QString m_imageFolder;
};
