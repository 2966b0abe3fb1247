#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

// "Insert link": the words the reader sees and the address they lead to, wide enough to read a real URL,
// as the link dialogs of Thunderbird and LibreOffice ask.
class LinkDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LinkDialog(QWidget *parent = nullptr);

    void setText(const QString &text);
    void setUrl(const QString &url);
    QString text() const;
    QString url() const;
    QLineEdit *textEdit() const { return m_text; }
    QLineEdit *urlEdit() const { return m_url; }

private:
    void updateOk();

    QLineEdit *m_text;
    QLineEdit *m_url;
    QDialogButtonBox *m_buttons;
};
