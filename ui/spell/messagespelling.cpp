#include "messagespelling.h"

#include "spellchecker.h"
#include "spelllineedit.h"
#include "spellmenu.h"
#include "texteditspelling.h"

#include "store/draft.h"

#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolButton>

MessageSpelling::MessageSpelling(SpellBackend *backend, PersonalDictionary *personal, QWidget *parent)
    : QObject(parent)
    , m_checker(new SpellChecker(backend, personal, this))
    , m_menu(new SpellLanguageMenu(m_checker, parent))
    , m_button(new QToolButton(parent))
{
    m_button->setObjectName(QStringLiteral("spellingButton"));
    m_button->setAutoRaise(true);
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setMenu(m_menu);
    connect(m_checker, &SpellChecker::languageChanged, this, &MessageSpelling::updateButton);
    updateButton();
}

void MessageSpelling::attach(QTextEdit *edit)
{
    m_text = new TextEditSpelling(edit, m_checker);
}

void MessageSpelling::attach(SpellLineEdit *edit)
{
    edit->setSpellChecker(m_checker);
}

void MessageSpelling::install(QMainWindow *window, QTextEdit *text, QLineEdit *subject)
{
    attach(text);
    if (auto *spellSubject = qobject_cast<SpellLineEdit *>(subject)) {
        attach(spellSubject);
    }
    // Last, so the window's own menus keep their places (and their access keys).
    window->menuBar()->addMenu(m_menu);
    window->statusBar()->addPermanentWidget(m_button);
}

void MessageSpelling::saveTo(Draft &draft) const
{
    draft.spellLanguage = m_checker->chosenLanguage();
    draft.spellIgnored = m_checker->ignoredWords();
}

void MessageSpelling::loadFrom(const Draft &draft)
{
    m_checker->restore(draft.spellLanguage, draft.spellIgnored);
}

void MessageSpelling::updateButton()
{
    const QString language = SpellChecker::displayName(m_checker->language());
    switch (m_checker->status()) {
    case SpellChecker::Status::Off:
        m_button->setText(tr("Spelling: off"));
        break;
    case SpellChecker::Status::NoDictionary:
        m_button->setText(tr("%1: no dictionary").arg(language));
        break;
    case SpellChecker::Status::Loading:
    case SpellChecker::Status::Ready:
        m_button->setText(SpellChecker::displayName(
            m_checker->dictionary().isEmpty() ? m_checker->language() : m_checker->dictionary()));
        break;
    }
    m_button->setToolTip(tr("Spelling language of this message"));
    m_button->setAccessibleName(tr("Spelling language"));
}
