// Spell checking must not slow typing: types into a 2,000-line message in a QTextEdit, one key event per turn
// of the event loop, and records the longest event-loop stall (the widest gap between the ticks of a 1 ms
// probe timer) and the longest single key press, with spell checking on (Enchant, hunspell en_US) and off.
// Also the first check of the whole message after it is opened (in idle slices). A figure, never a test.
// Usage: epistle-spell-bench [--keys N] (run with QT_QPA_PLATFORM=offscreen or under Xvfb)

#include "spell/enchantbackend.h"
#include "spell/personaldictionary.h"
#include "spell/spellchecker.h"
#include "spell/spellhighlighter.h"
#include "spell/texteditspelling.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>

namespace {

constexpr int Lines = 2000;

// CPU time of the calling thread: on a machine shared with other work, wall-clock gaps also count the time
// the scheduler gave to other processes; this counts only the work this thread did.
double cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Prose-like lines: common words, one word in eight misspelled, a few addresses and quotes.
QString message()
{
    const QStringList words = QStringLiteral(
        "the quick brown fox jumps over lazy dog while we discuss meeting tomorrow about project budget and "
        "schedule please send report before friday thanks regards office customer invoice attached review "
        "recieve teh wierd seperate occured definately untill")
                                  .split(QLatin1Char(' '));
    QString text;
    quint32 seed = 1;
    for (int line = 0; line < Lines; ++line) {
        if (line % 40 == 39) {
            text += QStringLiteral("> quoted line from an earlier mesage with a typo\n");
            continue;
        }
        QString l;
        while (l.size() < 68) {
            seed = seed * 1103515245u + 12345u;
            l += words.at(int((seed >> 16) % quint32(words.size()))) + QLatin1Char(' ');
        }
        if (line % 25 == 0) {
            l += QStringLiteral("see https://example.org/path or mail bob@example.org ");
        }
        text += l.trimmed() + QLatin1Char('\n');
    }
    return text;
}

struct Figures
{
    double longestStallMs = 0;
    double longestStallCpuMs = 0;
    double longestKeyCpuMs = 0;
    double idleStallCpuMs = 0;
    double longestKeyMs = 0;
    double medianKeyMs = 0;
    double p99KeyMs = 0;
    double openCallMs = 0;
    double firstCheckMs = 0;
    double firstCheckStallMs = 0;
};

// Longest gap between ticks of a 1 ms timer while 'running' holds.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const double gap = m_clock.nsecsElapsed() / 1e6;
            m_longest = std::max(m_longest, gap);
            m_clock.restart();
            const double cpu = cpuMs();
            m_longestCpu = std::max(m_longestCpu, cpu - m_lastCpu);
            m_lastCpu = cpu;
        });
    }
    void start()
    {
        m_longest = 0;
        m_longestCpu = 0;
        m_lastCpu = cpuMs();
        m_clock.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return m_longest;
    }
    // The most CPU time the thread spent between two ticks.
    double longestCpu() const { return m_longestCpu; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_longest = 0;
    double m_longestCpu = 0;
    double m_lastCpu = 0;
};

Figures run(bool spelling, int keys)
{
    QTemporaryDir dir;
    EnchantBackend backend;
    PersonalDictionary personal(dir.filePath(QStringLiteral("words.txt")));
    SpellChecker checker(&backend, &personal);
    checker.setLanguage(QStringLiteral("en_US"));
    checker.setEnabled(spelling);
    QElapsedTimer wait;
    wait.start();
    while (spelling && checker.status() != SpellChecker::Status::Ready && wait.elapsed() < 10000) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    QTextEdit edit;
    auto *textSpelling = new TextEditSpelling(&edit, &checker);
    edit.resize(900, 600);
    edit.show();
    edit.activateWindow();
    edit.setFocus();
    QApplication::processEvents();

    Figures f;
    StallProbe probe;
    // Opening the message: setPlainText() is one call (the text's layout, and the spelling of the blocks
    // that fit in its budget); the rest is checked in slices between events, whose stalls the probe sees.
    QElapsedTimer clock;
    clock.start();
    edit.setPlainText(message());
    f.openCallMs = clock.nsecsElapsed() / 1e6;
    probe.start();
    while (textSpelling->highlighter()->isChecking()) {
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    f.firstCheckStallMs = probe.stop();
    f.idleStallCpuMs = probe.longestCpu();
    f.firstCheckMs = clock.nsecsElapsed() / 1e6;

    // Typing in the middle of the message: one key per turn of the event loop.
    QTextCursor c(edit.document());
    c.setPosition(edit.document()->findBlockByNumber(Lines / 2).position());
    edit.setTextCursor(c);
    edit.ensureCursorVisible();
    const QString typed = QStringLiteral("Thsi is a sentense typed into the middle of a long mesage. ");
    QList<double> perKey;
    int sent = 0;
    QTimer typist;
    typist.setInterval(0);
    QEventLoop loop;
    QObject::connect(&typist, &QTimer::timeout, &loop, [&] {
        if (sent == keys) {
            loop.quit();
            return;
        }
        const QChar ch = typed.at(sent % typed.size());
        const int key = ch == QLatin1Char(' ') ? int(Qt::Key_Space) : int(ch.toUpper().unicode());
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(ch));
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(ch));
        QElapsedTimer one;
        one.start();
        const double cpu = cpuMs();
        QApplication::sendEvent(&edit, &press);
        QApplication::sendEvent(&edit, &release);
        perKey << one.nsecsElapsed() / 1e6;
        f.longestKeyCpuMs = std::max(f.longestKeyCpuMs, cpuMs() - cpu);
        ++sent;
    });
    probe.start();
    typist.start();
    loop.exec();
    typist.stop();
    while (textSpelling->highlighter()->isChecking()) {
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    f.longestStallMs = probe.stop();
    f.longestStallCpuMs = probe.longestCpu();
    std::sort(perKey.begin(), perKey.end());
    f.longestKeyMs = perKey.isEmpty() ? 0 : perKey.last();
    f.medianKeyMs = perKey.isEmpty() ? 0 : perKey.at(perKey.size() / 2);
    f.p99KeyMs = perKey.isEmpty() ? 0 : perKey.at(perKey.size() * 99 / 100);
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    int keys = 2000;
    const QStringList args = QApplication::arguments();
    const qsizetype k = args.indexOf(QStringLiteral("--keys"));
    if (k > 0 && k + 1 < args.size()) {
        keys = args.at(k + 1).toInt();
    }
    std::printf("%d lines, %d keys typed in the middle, one per event-loop turn\n", Lines, keys);
    std::printf("Wall-clock figures include time the scheduler gave to other processes; cpu: this thread's "
                "own work.\n");
    std::printf("%-11s %9s %9s %9s %9s %9s %9s | %9s %11s %10s %10s\n", "spelling", "stall", "stall cpu",
        "key max", "key cpu", "key p99", "key med", "open call", "all checked", "idle stall", "idle cpu");
    for (const bool on : { false, true, false, true }) {
        const Figures f = run(on, keys);
        std::printf("%-11s %6.1f ms %6.1f ms %6.1f ms %6.1f ms %6.2f ms %6.2f ms | %6.1f ms %8.1f ms %7.1f "
                    "ms %7.1f ms\n",
            on ? "on (en_US)" : "off", f.longestStallMs, f.longestStallCpuMs, f.longestKeyMs,
            f.longestKeyCpuMs, f.p99KeyMs, f.medianKeyMs, f.openCallMs, f.firstCheckMs, f.firstCheckStallMs,
            f.idleStallCpuMs);
    }
    return 0;
}
