#include "uitestenv.h"

#include "accountidentitypage.h"
#include "bodyeditor.h"
#include "composerwindow.h"
#include "spell/enchantbackend.h"
#include "spell/messagespelling.h"
#include "spell/personaldictionary.h"
#include "spell/spellchecker.h"
#include "spell/spellhighlighter.h"
#include "spell/spelllanguagebox.h"
#include "spell/spelllineedit.h"
#include "spell/spellmenu.h"
#include "spell/spellwords.h"
#include "spell/texteditspelling.h"
#include "store/draftautosaver.h"
#include "store/draftstore.h"
#include "store/mailstore.h"

#include <QFile>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextEdit>
#include <QToolButton>

#include <memory>

// Spell checking with the real library (Enchant 2 over hunspell's en_US and de_DE dictionaries, as Debian
// installs them) and a personal word list of the test's own: the red wave under misspelled words only, in
// plain and rich text and the Subject, while typing; what is never checked (addresses, quotes, the
// signature); the context menu's suggestions, "Add to dictionary" and "Ignore"; the language per message,
// from the account, and when no dictionary is installed; and the composer keeping the message's choice with
// its draft.
class TestSpell : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void wordsLeftOut_data();
    void wordsLeftOut();
    void dictionaryForLanguage();
    void personalDictionaryPersists();
    void underlinesOnlyMisspelledWords();
    void richTextAndQuotes();
    void typedWordWaitsForTheCursor_data();
    void typedWordWaitsForTheCursor();
    void subjectUnderlines();
    void suggestionReplacesWord();
    void addToDictionaryLastsAcrossCheckers();
    void ignoreLastsForTheMessage();
    void languageSwitchChecksAgain();
    void missingDictionarySaysSoOnce();
    void composerKeepsLanguageWithDraft();
    void accountLanguageIsTheDefault();

private:
    // A checker for en_US (ready) over the shared backend and a fresh personal dictionary.
    std::unique_ptr<SpellChecker> readyChecker(const QString &language = QStringLiteral("en_US"));

    QTemporaryDir m_dir;
    std::unique_ptr<EnchantBackend> m_backend;
    std::unique_ptr<PersonalDictionary> m_personal;
    int m_dictionaries = 0;
};

namespace {

// The words a document shows with the spelling wave, in order, as "one|two".
QString underlined(const QTextDocument *doc)
{
    QStringList words;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (const QTextLayout::FormatRange &r : b.layout()->formats()) {
            if (SpellHighlighter::isMisspelledFormat(r.format)) {
                // Anything but a red wave shows up in the comparison.
                const bool wave = r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline
                    && r.format.underlineColor() == QColor(Qt::red);
                words << b.text().mid(r.start, r.length)
                        + (wave ? QString() : QStringLiteral(" (not a red wave)"));
            }
        }
    }
    return words.join(QLatin1Char('|'));
}

QString underlined(const SpellLineEdit *edit)
{
    QStringList words;
    for (const SpellWords::Range &r : edit->misspelledRanges()) {
        words << edit->text().mid(r.start, r.length);
    }
    return words.join(QLatin1Char('|'));
}

QStringList wordsOf(const QString &line)
{
    QStringList out;
    for (const SpellWords::Range &r : SpellWords::words(line)) {
        out << line.mid(r.start, r.length);
    }
    return out;
}

// The viewport point in the middle of the first occurrence of 'word'.
QPoint pointOf(QTextEdit *edit, const QString &word)
{
    const int at = edit->toPlainText().indexOf(word);
    QTextCursor c(edit->document());
    c.setPosition(at + 1);
    return edit->cursorRect(c).center();
}

QAction *findAction(QMenu *menu, const QString &objectName)
{
    for (QAction *a : menu->actions()) {
        if (a->objectName() == objectName) {
            return a;
        }
    }
    return nullptr;
}

QStringList suggestionTexts(QMenu *menu)
{
    QStringList out;
    for (QAction *a : menu->actions()) {
        if (a->objectName() == QLatin1String("spellSuggestion")) {
            out << a->text();
        }
    }
    return out;
}

bool waitChecked(SpellHighlighter *h)
{
    return QTest::qWaitFor(
        [h] { return h->checker()->status() == SpellChecker::Status::Ready && !h->isChecking(); });
}

} // namespace

void TestSpell::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The person's own Enchant word lists and provider order stay out of the test: hunspell's dictionaries
    // decide alone.
    QDir().mkpath(m_dir.filePath(QStringLiteral("config/enchant")));
    QFile ordering(m_dir.filePath(QStringLiteral("config/enchant/enchant.ordering")));
    QVERIFY(ordering.open(QIODevice::WriteOnly));
    ordering.write("*:hunspell\n");
    ordering.close();
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    m_backend = std::make_unique<EnchantBackend>();
    QTRY_VERIFY(m_backend->hasLanguageList());
    QVERIFY2(m_backend->languages().contains(QStringLiteral("en_US")), "hunspell-en-us is not installed");
    QVERIFY2(m_backend->languages().contains(QStringLiteral("de_DE")), "hunspell-de-de is not installed");
    m_personal = std::make_unique<PersonalDictionary>(m_dir.filePath(QStringLiteral("data/personal.txt")));
}

std::unique_ptr<SpellChecker> TestSpell::readyChecker(const QString &language)
{
    auto checker = std::make_unique<SpellChecker>(m_backend.get(), m_personal.get());
    checker->setLanguage(language);
    [&] { QTRY_COMPARE(checker->status(), SpellChecker::Status::Ready); }();
    return checker;
}

void TestSpell::wordsLeftOut_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("prose") << QStringLiteral("Don't panic, it's well-known.")
                           << QStringList { QStringLiteral("Don't"), QStringLiteral("panic"),
                                  QStringLiteral("it's"), QStringLiteral("well"), QStringLiteral("known") };
    QTest::newRow("url") << QStringLiteral("see https://exampel.org/pagee and www.foobr.com")
                         << QStringList { QStringLiteral("see"), QStringLiteral("and") };
    QTest::newRow("address") << QStringLiteral("mail <jonh.doe@exampel.org> now")
                             << QStringList { QStringLiteral("mail"), QStringLiteral("now") };
    QTest::newRow("digits, caps, code") << QStringLiteral("the mp3 from NASA via QLineEdit on iPhone x")
                                        << QStringList { QStringLiteral("the"), QStringLiteral("from"),
                                               QStringLiteral("via"), QStringLiteral("on") };
    QTest::newRow("paths") << QStringLiteral("open /usr/shaer/docs or ~/Documnets")
                           << QStringList { QStringLiteral("open"), QStringLiteral("or") };
}

void TestSpell::wordsLeftOut()
{
    QFETCH(QString, line);
    QFETCH(QStringList, words);
    QCOMPARE(wordsOf(line), words);
}

void TestSpell::dictionaryForLanguage()
{
    const QStringList available { QStringLiteral("de_BE"), QStringLiteral("de_DE"), QStringLiteral("en_US") };
    QCOMPARE(SpellChecker::dictionaryFor(QStringLiteral("de_AT"), available), QStringLiteral("de_DE"));
    QCOMPARE(SpellChecker::dictionaryFor(QStringLiteral("en_GB.UTF-8"), available), QStringLiteral("en_US"));
    QCOMPARE(SpellChecker::dictionaryFor(QStringLiteral("de-BE"), available), QStringLiteral("de_BE"));
    QCOMPARE(SpellChecker::dictionaryFor(QStringLiteral("fr_FR"), available), QString());
    // The C locale (as the tests run) spells American English.
    QCOMPARE(SpellChecker::systemLanguage(), QStringLiteral("en_US"));
    // Each language in its own words.
    QCOMPARE(SpellChecker::displayName(QStringLiteral("en_US")), QStringLiteral("English (United States)"));
    QCOMPARE(SpellChecker::displayName(QStringLiteral("de_DE")), QStringLiteral("Deutsch (Deutschland)"));
}

void TestSpell::personalDictionaryPersists()
{
    const QString path = m_dir.filePath(QStringLiteral("personal-persist/words.txt"));
    {
        PersonalDictionary words(path);
        QVERIFY(!words.contains(QStringLiteral("Epistle")));
        QVERIFY(words.add(QStringLiteral("Epistle")));
        QVERIFY(words.add(QStringLiteral("frobnicate")));
    }
    PersonalDictionary again(path);
    QVERIFY(again.contains(QStringLiteral("Epistle")));
    QVERIFY(again.contains(QStringLiteral("frobnicate")));
    QVERIFY(again.contains(QStringLiteral("Frobnicate"))); // at the start of a sentence
    QVERIFY(!again.contains(QStringLiteral("epistle")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("Epistle\nfrobnicate\n"));
    // A word another process added meanwhile is kept when this one adds its own.
    PersonalDictionary other(path);
    QVERIFY(other.add(QStringLiteral("zorble")));
    QVERIFY(again.add(QStringLiteral("quux")));
    PersonalDictionary third(path);
    QVERIFY(third.contains(QStringLiteral("zorble")) && third.contains(QStringLiteral("quux")));
    QVERIFY(third.remove(QStringLiteral("zorble")));
    QVERIFY(!PersonalDictionary(path).contains(QStringLiteral("zorble")));
}

void TestSpell::underlinesOnlyMisspelledWords()
{
    auto checker = readyChecker();
    QTextEdit edit;
    TextEditSpelling spelling(&edit, checker.get());
    edit.setPlainText(
        QStringLiteral("Thsi is a sentense with two mistakes.\n"
                       "Visit https://exampel.org/wrnog or write to jonh@exampel.org, NASA, mp3s.\n"
                       "> a quoted lien from someone else\n"
                       "Back to my own txet.\n"
                       "-- \n"
                       "Alcie Exampel"));
    QVERIFY(waitChecked(spelling.highlighter()));
    QCOMPARE(underlined(edit.document()), QStringLiteral("Thsi|sentense|txet"));
}

void TestSpell::richTextAndQuotes()
{
    auto checker = readyChecker();
    QTextEdit edit;
    TextEditSpelling spelling(&edit, checker.get());
    edit.setHtml(QStringLiteral("<p>A <b>bolld</b> claim and <a href=\"https://x.test\">a linnk</a>.</p>"
                                "<blockquote>Qoted text stays as it was.</blockquote>"
                                "<ul><li>an itme</li></ul>"));
    QVERIFY(waitChecked(spelling.highlighter()));
    QCOMPARE(underlined(edit.document()), QStringLiteral("bolld|linnk|itme"));
    // The underline is the highlighter's: the text itself keeps its own formats (bold stays bold).
    QTextCursor c(edit.document());
    c.setPosition(edit.toPlainText().indexOf(QStringLiteral("bolld")) + 1);
    QCOMPARE(c.charFormat().fontWeight(), int(QFont::Bold));
    QVERIFY(c.charFormat().underlineStyle() == QTextCharFormat::NoUnderline);
}

void TestSpell::typedWordWaitsForTheCursor_data()
{
    QTest::addColumn<qint64>("budget");
    QTest::newRow("default budget") << qint64(0);
    // What a slow or loaded machine does: most checks run out of time and finish in idle slices, which must
    // not take the cursor resting after a finished word for a word being typed.
    QTest::newRow("30 us a turn") << qint64(30'000);
}

void TestSpell::typedWordWaitsForTheCursor()
{
    QFETCH(qint64, budget);
    auto checker = readyChecker();
    QTextEdit edit;
    TextEditSpelling spelling(&edit, checker.get());
    if (budget > 0) {
        spelling.highlighter()->setTurnBudget(budget);
    }
    edit.show();
    QVERIFY(QTest::qWaitForWindowActive(&edit));
    edit.setFocus();
    QTest::keyClicks(&edit, QStringLiteral("Helo wrold"));
    QVERIFY(waitChecked(spelling.highlighter()));
    // "wrold" is still being typed; "Helo" is done.
    QCOMPARE(underlined(edit.document()), QStringLiteral("Helo"));
    QTest::keyClicks(&edit, QStringLiteral(" agian"));
    QVERIFY(waitChecked(spelling.highlighter()));
    QCOMPARE(underlined(edit.document()), QStringLiteral("Helo|wrold"));
    // A check of the whole text in idle slices (here: the word lists changed) leaves it alone too.
    checker->ignore(QStringLiteral("xyzzy"));
    QVERIFY(spelling.highlighter()->isChecking());
    QVERIFY(waitChecked(spelling.highlighter()));
    QCOMPARE(underlined(edit.document()), QStringLiteral("Helo|wrold"));
    // Leaving the word by moving the cursor finishes it too.
    QTest::keyClick(&edit, Qt::Key_Home);
    QVERIFY(waitChecked(spelling.highlighter()));
    QCOMPARE(underlined(edit.document()), QStringLiteral("Helo|wrold|agian"));
    // Fixing a word takes its wave away.
    QTest::keyClick(&edit, Qt::Key_Right);
    QTest::keyClick(&edit, Qt::Key_Right);
    QTest::keyClick(&edit, Qt::Key_Right);
    QTest::keyClicks(&edit, QStringLiteral("l"));
    QTest::keyClick(&edit, Qt::Key_End);
    QVERIFY(waitChecked(spelling.highlighter()));
    QCOMPARE(edit.toPlainText(), QStringLiteral("Hello wrold agian"));
    QCOMPARE(underlined(edit.document()), QStringLiteral("wrold|agian"));
}

void TestSpell::subjectUnderlines()
{
    auto checker = readyChecker();
    SpellLineEdit subject;
    subject.setSpellChecker(checker.get());
    subject.show();
    QVERIFY(QTest::qWaitForWindowActive(&subject));
    subject.setFocus();
    QTest::keyClicks(&subject, QStringLiteral("Meeting tommorow about the NASA reprot"));
    // The last word is still being typed.
    QCOMPARE(underlined(&subject), QStringLiteral("tommorow"));
    QTest::keyClick(&subject, Qt::Key_Home);
    QCOMPARE(underlined(&subject), QStringLiteral("tommorow|reprot"));
    // Text the program puts there (a reopened draft) is checked whole at once.
    subject.setText(QStringLiteral("Re: yor mesage"));
    QCOMPARE(underlined(&subject), QStringLiteral("yor|mesage"));
    // The menu over a misspelled word replaces it with a suggestion.
    subject.setCursorPosition(0);
    QPoint at(subject.rect().left(), subject.rect().center().y());
    int pos = 0;
    for (int px = 0; px < subject.width(); ++px) {
        pos = subject.cursorPositionAt(QPoint(px, at.y()));
        if (pos == subject.text().indexOf(QStringLiteral("mesage")) + 2) {
            at.setX(px);
            break;
        }
    }
    std::unique_ptr<QMenu> menu(subject.createSpellMenu(at));
    QVERIFY(suggestionTexts(menu.get()).contains(QStringLiteral("message")));
    for (QAction *a : menu->actions()) {
        if (a->text() == QLatin1String("message")) {
            a->trigger();
        }
    }
    QCOMPARE(subject.text(), QStringLiteral("Re: yor message"));
    QCOMPARE(underlined(&subject), QStringLiteral("yor"));
}

void TestSpell::suggestionReplacesWord()
{
    auto checker = readyChecker();
    QTextEdit edit;
    TextEditSpelling spelling(&edit, checker.get());
    edit.resize(500, 200);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.setPlainText(QStringLiteral("Please recieve teh files."));
    QVERIFY(waitChecked(spelling.highlighter()));
    std::unique_ptr<QMenu> menu(spelling.createContextMenu(pointOf(&edit, QStringLiteral("recieve"))));
    const QStringList suggestions = suggestionTexts(menu.get());
    QVERIFY2(suggestions.contains(QStringLiteral("receive")), qPrintable(suggestions.join(u',')));
    QVERIFY(findAction(menu.get(), QStringLiteral("spellAdd")));
    QVERIFY(findAction(menu.get(), QStringLiteral("spellIgnore")));
    QVERIFY(menu->findChild<SpellLanguageMenu *>());
    // The editor's own actions (Copy, Paste...) stay below.
    QVERIFY(menu->actions().size() > suggestions.size() + 4);
    for (QAction *a : menu->actions()) {
        if (a->text() == QLatin1String("receive")) {
            a->trigger();
        }
    }
    QCOMPARE(edit.toPlainText(), QStringLiteral("Please receive teh files."));
    QVERIFY(waitChecked(spelling.highlighter()));
    QCOMPARE(underlined(edit.document()), QStringLiteral("teh"));
    // Undo brings the word back, as any edit.
    edit.undo();
    QCOMPARE(edit.toPlainText(), QStringLiteral("Please recieve teh files."));
    // A correct word gets no spelling actions.
    menu.reset(spelling.createContextMenu(pointOf(&edit, QStringLiteral("Please"))));
    QVERIFY(suggestionTexts(menu.get()).isEmpty());
    QVERIFY(!findAction(menu.get(), QStringLiteral("spellAdd")));
}

void TestSpell::addToDictionaryLastsAcrossCheckers()
{
    const QString path = m_dir.filePath(QStringLiteral("add/words.txt"));
    PersonalDictionary personal(path);
    SpellChecker checker(m_backend.get(), &personal);
    checker.setLanguage(QStringLiteral("en_US"));
    QTRY_COMPARE(checker.status(), SpellChecker::Status::Ready);
    QTextEdit edit;
    TextEditSpelling spelling(&edit, &checker);
    edit.resize(500, 200);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.setPlainText(QStringLiteral("Ask Zorblax about the Zorblax plan."));
    QVERIFY(waitChecked(spelling.highlighter()));
    QCOMPARE(underlined(edit.document()), QStringLiteral("Zorblax|Zorblax"));
    std::unique_ptr<QMenu> menu(spelling.createContextMenu(pointOf(&edit, QStringLiteral("Zorblax"))));
    QAction *add = findAction(menu.get(), QStringLiteral("spellAdd"));
    QVERIFY(add);
    add->trigger();
    QVERIFY(waitChecked(spelling.highlighter()));
    QCOMPARE(underlined(edit.document()), QString());
    // A new Epistle (a new word list and checker over the same file) knows the word.
    PersonalDictionary reopened(path);
    SpellChecker fresh(m_backend.get(), &reopened);
    fresh.setLanguage(QStringLiteral("de_DE"));
    QTRY_COMPARE(fresh.status(), SpellChecker::Status::Ready);
    QVERIFY(!fresh.isMisspelled(QStringLiteral("Zorblax")));
    QVERIFY(fresh.isMisspelled(QStringLiteral("Zorblux")));
    // Its menu offers to take it out again.
    menu.reset(spelling.createContextMenu(pointOf(&edit, QStringLiteral("Zorblax"))));
    QAction *remove = findAction(menu.get(), QStringLiteral("spellRemove"));
    QVERIFY(remove);
    remove->trigger();
    QVERIFY(waitChecked(spelling.highlighter()));
    QCOMPARE(underlined(edit.document()), QStringLiteral("Zorblax|Zorblax"));
}

void TestSpell::ignoreLastsForTheMessage()
{
    auto checker = readyChecker();
    auto other = readyChecker();
    QTextEdit edit;
    TextEditSpelling spelling(&edit, checker.get());
    edit.resize(500, 200);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.setPlainText(QStringLiteral("Greetings from Qwertz and Qwertz."));
    QVERIFY(waitChecked(spelling.highlighter()));
    QCOMPARE(underlined(edit.document()), QStringLiteral("Qwertz|Qwertz"));
    QSignalSpy edited(checker.get(), &SpellChecker::edited);
    std::unique_ptr<QMenu> menu(spelling.createContextMenu(pointOf(&edit, QStringLiteral("Qwertz"))));
    QAction *ignore = findAction(menu.get(), QStringLiteral("spellIgnore"));
    QVERIFY(ignore);
    ignore->trigger();
    QVERIFY(waitChecked(spelling.highlighter()));
    QCOMPARE(underlined(edit.document()), QString());
    QCOMPARE(edited.size(), 1); // the draft keeps it
    QCOMPARE(checker->ignoredWords(), QStringList { QStringLiteral("Qwertz") });
    // Another message still sees the word, and nothing went into the personal dictionary.
    QVERIFY(other->isMisspelled(QStringLiteral("Qwertz")));
    QVERIFY(!m_personal->contains(QStringLiteral("Qwertz")));
}

void TestSpell::languageSwitchChecksAgain()
{
    auto checker = readyChecker();
    QTextEdit edit;
    TextEditSpelling spelling(&edit, checker.get());
    edit.setPlainText(QStringLiteral("Die Straße ist nass.\nThe street is wet."));
    QVERIFY(waitChecked(spelling.highlighter()));
    QCOMPARE(underlined(edit.document()), QStringLiteral("Straße|ist|nass"));
    QSignalSpy edited(checker.get(), &SpellChecker::edited);
    SpellLanguageMenu menu(checker.get());
    QAction *german = findAction(&menu, QStringLiteral("spellLanguage:de_DE"));
    QVERIFY(german);
    german->trigger();
    QCOMPARE(checker->language(), QStringLiteral("de_DE"));
    QCOMPARE(edited.size(), 1);
    QVERIFY(waitChecked(spelling.highlighter()));
    QCOMPARE(underlined(edit.document()), QStringLiteral("The|street|is|wet"));
    QVERIFY(findAction(&menu, QStringLiteral("spellLanguage:de_DE"))->isChecked());
    // Checking switched off takes every wave away.
    findAction(&menu, QStringLiteral("spellEnabled"))->trigger();
    QVERIFY(!checker->isEnabled());
    QVERIFY(QTest::qWaitFor([&] { return !spelling.highlighter()->isChecking(); }));
    QCOMPARE(underlined(edit.document()), QString());
}

void TestSpell::missingDictionarySaysSoOnce()
{
    SpellChecker checker(m_backend.get(), m_personal.get());
    checker.setLanguage(QStringLiteral("fr_FR"));
    QCOMPARE(checker.status(), SpellChecker::Status::NoDictionary);
    QTextEdit edit;
    TextEditSpelling spelling(&edit, &checker);
    edit.setPlainText(QStringLiteral("Ceci n'est pas une pipe, xyzzyq."));
    QVERIFY(QTest::qWaitFor([&] { return !spelling.highlighter()->isChecking(); }));
    QCOMPARE(underlined(edit.document()), QString());
    SpellLanguageMenu menu(&checker);
    menu.rebuild();
    int notes = 0;
    for (QAction *a : menu.actions()) {
        if (a->objectName() == QLatin1String("spellNoDictionary")) {
            ++notes;
            QVERIFY(!a->isEnabled());
            QVERIFY2(a->text().contains(QStringLiteral("Français")), qPrintable(a->text()));
        }
    }
    QCOMPARE(notes, 1);
    // The installed ones are still offered.
    QVERIFY(findAction(&menu, QStringLiteral("spellLanguage:en_US")));
}

void TestSpell::composerKeepsLanguageWithDraft()
{
    UiTestEnv env;
    QVERIFY(env.isOpen());
    env.addAccount(QStringLiteral("Work"), 2525);
    QString id;
    {
        auto *composer = new ComposerWindow(env.context.get());
        composer->show();
        QVERIFY(QTest::qWaitForWindowActive(composer));
        MessageSpelling *spelling = composer->spelling();
        QVERIFY(spelling);
        // The menu is in the menu bar, the language in the status bar.
        QVERIFY(composer->menuBar()->actions().contains(spelling->menu()->menuAction()));
        QVERIFY(spelling->statusButton()->isVisible());
        QTRY_COMPARE(spelling->checker()->status(), SpellChecker::Status::Ready);
        QTextEdit *text = composer->bodyEditor()->textEdit();
        text->setFocus();
        QTest::keyClicks(text, QStringLiteral("Dies ist ein Tset."));
        QTest::keyClick(text, Qt::Key_Return);
        QVERIFY(waitChecked(spelling->textSpelling()->highlighter()));
        // American English first (the C locale, no account language): the German words are wrong.
        QVERIFY(underlined(text->document()).split(QLatin1Char('|')).contains(QStringLiteral("ist")));
        QTest::keyClicks(composer->subjectEdit(), QStringLiteral("Grsse "));
        auto *subject = qobject_cast<SpellLineEdit *>(composer->subjectEdit());
        QVERIFY(subject);
        QCOMPARE(underlined(subject), QStringLiteral("Grsse"));
        spelling->checker()->setLanguage(QStringLiteral("de_DE"));
        spelling->checker()->ignore(QStringLiteral("Grsse"));
        QVERIFY(waitChecked(spelling->textSpelling()->highlighter()));
        QCOMPARE(underlined(text->document()), QStringLiteral("Tset"));
        QCOMPARE(underlined(subject), QString());
        QVERIFY(composer->saveDraft());
        id = composer->draftId();
        Draft saved;
        QVERIFY(env.context->store()->drafts()->load(id, &saved));
        QCOMPARE(saved.spellLanguage, QStringLiteral("de_DE"));
        QCOMPARE(saved.spellIgnored, QStringList { QStringLiteral("Grsse") });
        composer->close();
    }
    auto *reopened = new ComposerWindow(env.context.get());
    QVERIFY(reopened->openDraft(id));
    reopened->show();
    QCOMPARE(reopened->spelling()->checker()->language(), QStringLiteral("de_DE"));
    QCOMPARE(reopened->spelling()->checker()->ignoredWords(), QStringList { QStringLiteral("Grsse") });
    QVERIFY(waitChecked(reopened->spelling()->textSpelling()->highlighter()));
    QCOMPARE(underlined(reopened->bodyEditor()->textEdit()->document()), QStringLiteral("Tset"));
    reopened->close();
}

void TestSpell::accountLanguageIsTheDefault()
{
    UiTestEnv env;
    QVERIFY(env.isOpen());
    Account a = env.addAccount(QStringLiteral("Home"), 2525);
    a.spellLanguage = QStringLiteral("de_DE");
    QVERIFY(env.context->accounts()->update(a));
    auto *composer = new ComposerWindow(env.context.get());
    composer->show();
    QCOMPARE(composer->spelling()->checker()->language(), QStringLiteral("de_DE"));
    // Not chosen for the message: the draft keeps the account's default, not a copy of it.
    QCOMPARE(composer->currentDraft().spellLanguage, QString());
    composer->close();
    // The accounts file keeps it, and the editor's Identity tab shows and changes it.
    QFile file(env.path(QStringLiteral("config/accounts.conf")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("spell-language = de_DE"));
    AccountIdentityPage page(env.context->accounts(), env.context->spellBackend());
    page.load(a);
    QTRY_VERIFY(env.context->spellBackend()->hasLanguageList());
    QCOMPARE(page.spellLanguageBox()->currentData().toString(), QStringLiteral("de_DE"));
    page.spellLanguageBox()->setCurrentIndex(page.spellLanguageBox()->findData(QStringLiteral("en_US")));
    Q_EMIT page.spellLanguageBox()->activated(page.spellLanguageBox()->currentIndex());
    Account edited = a;
    page.store(edited);
    QCOMPARE(edited.spellLanguage, QStringLiteral("en_US"));
    // A language whose dictionary is gone stays what it was.
    a.spellLanguage = QStringLiteral("fr_FR");
    page.load(a);
    QVERIFY(page.spellLanguageBox()->currentText().contains(QStringLiteral("no dictionary")));
    page.store(edited);
    QCOMPARE(edited.spellLanguage, QStringLiteral("fr_FR"));
}

QTEST_MAIN(TestSpell)
#include "tst_spell.moc"
