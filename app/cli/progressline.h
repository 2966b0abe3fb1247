#pragma once

#include "smtp/smtpsender.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// How a send is going, on one line of a terminal's stderr that is rewritten in place: the step ("Logging
// in...") and, while the message goes out, the bytes sent of the total. It appears only once the send has
// taken more than a second, so a quick send prints nothing more than before; a script that reads stderr
// (not a terminal), --json and --trace never see it. clear() takes the line away before anything else is
// printed.
class ProgressLine : public QObject
{
    Q_OBJECT
public:
    // stderr is a terminal, and neither --json nor --trace (whose transcript is the progress) was asked for.
    static bool wanted(bool json, bool trace);

    // The second before the line may appear starts now.
    explicit ProgressLine(QObject *parent = nullptr);
    ~ProgressLine() override;

    // Follows one attempt to 'server' ("smtp.example.org:587").
    void attach(SmtpSender *sender, const QString &server);
    // Takes the line away (it comes back with the next change while a send is still going).
    void clear();
    // The attempt is over: the line goes for good.
    void finish();

private:
    void setStep(SmtpSender::Progress progress);
    void setBytes(qint64 sent, qint64 total);
    QString text() const;
    void draw();

    QTimer m_delay;
    QElapsedTimer m_lastDraw;
    bool m_shown = false; // the delay is over: changes are drawn
    bool m_onScreen = false; // a line is there to be cleared
    bool m_finished = false;
    QString m_server;
    QString m_drawn; // the text on screen
    SmtpSender::Progress m_progress = SmtpSender::Progress::Idle;
    qint64 m_sent = -1;
    qint64 m_total = -1;
};
