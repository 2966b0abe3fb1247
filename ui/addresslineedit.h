#pragma once

#include <QLineEdit>
#include <QPointer>

class QAbstractItemModel;
class QAction;
class QCompleter;
class QLabel;
class QTimer;

// An address-list field (To, Cc, Bcc): accepts typed, pasted and completed addresses, completes the address
// being typed (the part after the last comma) from the addresses used before, and checks the list with
// AddressParser as the person types, showing what is wrong in words (a label under it and a warning icon)
// rather than in a colour alone. Pasting a column of addresses or an Outlook-style "a; b" list turns it into
// a comma-separated list.
class AddressLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit AddressLineEdit(QWidget *parent = nullptr);

    // The addresses to complete from (one "Name <address>" per row).
    void setCompletionModel(QAbstractItemModel *model);
    // Where the problem is explained (owned by the form); hidden while the list is valid.
    void setErrorLabel(QLabel *label);

    // Whether the text parses as an address list (an empty field is valid).
    bool isValid() const { return m_error.isEmpty(); }
    QString errorText() const { return m_error; }
    // How many mailboxes the field holds (0 when it does not parse).
    int addressCount() const { return m_count; }

    // Adds addresses after what is there, with the comma in between.
    void appendAddresses(const QStringList &addresses);

    // The text to insert for a paste: newlines, tabs and semicolons between addresses become ", ".
    static QString normalizePastedList(const QString &text);

Q_SIGNALS:
    void validityChanged(bool valid);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void validate();
    // Shows (or hides) the problem. While the last address is still being typed it waits for a pause or
    // for the person to leave the field: "bob" is not an error yet, it is "bob@example.org" half typed.
    void showProblem(bool reveal);
    void updateCompletionPrefix();
    void insertCompletion(const QString &completion);
    // The start of the address being typed: after the last comma outside quotes.
    int currentTokenStart() const;

    QCompleter *m_completer = nullptr;
    QPointer<QLabel> m_errorLabel;
    QAction *m_errorAction = nullptr;
    QString m_error;
    int m_errorPosition = -1;
    int m_count = 0;
    QTimer *m_revealTimer = nullptr;
};
