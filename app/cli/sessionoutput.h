#pragma once

#include "smtp/smtptranscript.h"

#include <QFile>
#include <QObject>

class SmtpSender;

// What a sending session shows on stderr while it runs: the protocol transcript (--trace) and the engine's
// warnings. Shared by `epistle send` and `epistle outbox flush|retry`, so both say the same things.
class SessionOutput : public QObject
{
    Q_OBJECT
public:
    explicit SessionOutput(bool trace, QObject *parent = nullptr);

    // Follows one attempt (connect it to OutboxSender::itemStarted).
    void attach(SmtpSender *sender);

private:
    bool m_trace;
    QFile m_stderr;
    SmtpTranscript m_transcript;
};
