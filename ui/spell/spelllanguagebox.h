#pragma once

#include <QComboBox>

class SpellBackend;

// The account editor's choice of a spelling language for the account's messages: "the desktop's" (empty)
// or one of the installed dictionaries. A language saved earlier whose dictionary is gone stays listed,
// marked as such, so that saving the account does not change it behind the person's back.
class SpellLanguageBox : public QComboBox
{
    Q_OBJECT
public:
    explicit SpellLanguageBox(SpellBackend *backend, QWidget *parent = nullptr);

    QString language() const;
    void setLanguage(const QString &language);

private:
    void fill();

    SpellBackend *m_backend;
    QString m_language;
};
