#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

// A strip across the top of a window that tells the person something that matters now — no keychain,
// drafts recovered, a send that failed — with the buttons that act on it. Drawn with palette roles (the
// tooltip colours), so it reads in light and dark themes alike; the icon says whether it is a warning.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    // Changes the text only (the buttons stay, and the focus on them): for a message that counts down.
    void setText(const QString &text);
    // Adds a button after the text (removed by the next showMessage()).
    QPushButton *addButton(const QString &text);
    void setClosable(bool closable);

    Kind kind() const { return m_kind; }
    QString text() const;

Q_SIGNALS:
    void closed();

private:
    Kind m_kind = Kind::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
    QToolButton *m_close;
};
