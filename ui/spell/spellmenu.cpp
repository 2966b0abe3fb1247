#include "spellmenu.h"

#include "personaldictionary.h"
#include "spellchecker.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMessageBox>

namespace {

// The translation context of the word actions (context "SpellMenu").
class SpellMenuText
{
    Q_DECLARE_TR_FUNCTIONS(SpellMenu)
};

// Thunderbird and LibreOffice show a handful; the later ones are rarely what was meant.
constexpr int MaxSuggestions = 7;

} // namespace

namespace SpellMenu {

void addWordActions(QMenu *menu, SpellChecker *checker, const QString &word,
    const std::function<void(const QString &)> &replace)
{
    QAction *before = menu->actions().isEmpty() ? nullptr : menu->actions().first();
    QList<QAction *> actions;
    if (checker->isMisspelled(word)) {
        const QStringList suggestions = checker->suggestions(word).mid(0, MaxSuggestions);
        for (const QString &suggestion : suggestions) {
            auto *a = new QAction(suggestion, menu);
            a->setObjectName(QStringLiteral("spellSuggestion"));
            QFont bold = a->font();
            bold.setBold(true);
            a->setFont(bold);
            QObject::connect(a, &QAction::triggered, menu, [replace, suggestion] { replace(suggestion); });
            actions << a;
        }
        if (suggestions.isEmpty()) {
            auto *none = new QAction(SpellMenuText::tr("(No suggestions)"), menu);
            none->setObjectName(QStringLiteral("spellNoSuggestions"));
            none->setEnabled(false);
            actions << none;
        }
        auto *add = new QAction(SpellMenuText::tr("Add \u201c%1\u201d to dictionary").arg(word), menu);
        add->setObjectName(QStringLiteral("spellAdd"));
        QObject::connect(add, &QAction::triggered, menu, [checker, word, menu] {
            if (!checker->addToDictionary(word)) {
                QMessageBox::warning(menu->parentWidget(), SpellMenuText::tr("Add to dictionary"),
                    SpellMenuText::tr("\u201c%1\u201d could not be added to your dictionary (%2): %3")
                        .arg(word, checker->personalDictionary()->path(),
                            checker->personalDictionary()->errorString()));
            }
        });
        auto *ignore
            = new QAction(SpellMenuText::tr("Ignore \u201c%1\u201d in this message").arg(word), menu);
        ignore->setObjectName(QStringLiteral("spellIgnore"));
        QObject::connect(ignore, &QAction::triggered, menu, [checker, word] { checker->ignore(word); });
        actions << add << ignore;
    } else if (checker->isInPersonalDictionary(word)) {
        auto *remove
            = new QAction(SpellMenuText::tr("Remove \u201c%1\u201d from dictionary").arg(word), menu);
        remove->setObjectName(QStringLiteral("spellRemove"));
        QObject::connect(
            remove, &QAction::triggered, menu, [checker, word] { checker->removeFromDictionary(word); });
        actions << remove;
    }
    if (actions.isEmpty()) {
        return;
    }
    menu->insertActions(before, actions);
    if (before) {
        menu->insertSeparator(before);
    }
}

} // namespace SpellMenu

SpellLanguageMenu::SpellLanguageMenu(SpellChecker *checker, QWidget *parent)
    : QMenu(tr("S&pelling"), parent), m_checker(checker)
{
    setObjectName(QStringLiteral("spellingMenu"));
    connect(this, &QMenu::aboutToShow, this, &SpellLanguageMenu::rebuild);
    connect(m_checker, &SpellChecker::languageChanged, this, &SpellLanguageMenu::rebuild);
    rebuild();
}

void SpellLanguageMenu::rebuild()
{
    // Rebuilt also from inside an action's triggered() (choosing a language changes it): the old actions go
    // later, not under that signal's feet.
    for (QAction *a : actions()) {
        removeAction(a);
        if (a->parent() == this) {
            a->deleteLater();
        }
    }
    for (QActionGroup *g : findChildren<QActionGroup *>(QString(), Qt::FindDirectChildrenOnly)) {
        g->deleteLater();
    }
    QAction *enabled = addAction(tr("&Check spelling as you type"));
    enabled->setObjectName(QStringLiteral("spellEnabled"));
    enabled->setCheckable(true);
    enabled->setChecked(m_checker->isEnabled());
    connect(enabled, &QAction::toggled, m_checker, &SpellChecker::setEnabled);
    addSeparator();
    const QStringList languages = m_checker->languages();
    const SpellChecker::Status status = m_checker->status();
    QString note;
    if (status == SpellChecker::Status::Loading && languages.isEmpty()) {
        note = tr("Looking for dictionaries\u2026");
    } else if (languages.isEmpty()) {
        note = tr("No spelling dictionaries are installed (for example the hunspell-en-us package)");
    } else if (m_checker->dictionary().isEmpty() && status != SpellChecker::Status::Loading) {
        note = tr("No dictionary for %1 is installed: nothing is underlined")
                   .arg(SpellChecker::displayName(m_checker->language()));
    }
    if (!note.isEmpty()) {
        QAction *info = addAction(note);
        info->setObjectName(QStringLiteral("spellNoDictionary"));
        info->setEnabled(false);
    }
    auto *group = new QActionGroup(this);
    for (const QString &language : languages) {
        QAction *a = addAction(SpellChecker::displayName(language));
        a->setObjectName(QStringLiteral("spellLanguage:") + language);
        a->setData(language);
        a->setCheckable(true);
        a->setChecked(language == m_checker->dictionary());
        group->addAction(a);
        connect(a, &QAction::triggered, m_checker, [this, language] { m_checker->setLanguage(language); });
    }
}
