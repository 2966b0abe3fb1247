#pragma once

#include "progressline.h"

#include "smtp/smtptranscript.h"

#include <QFile>
#include <QObject>

#include <memory>

class SmtpSender;

// What a sending session shows on stderr while it runs: the protocol transcript (--trace), the engine's
// warnings and, on a terminal, the progress line. Shared by `epistle send` and `epistle outbox flush|retry`,
// so both say the same things.
class SessionOutput : public QObject
{
    Q_OBJECT
public:
    // 'progress': show the progress line (see ProgressLine::wanted()).
    explicit SessionOutput(bool trace, bool progress = false, QObject *parent = nullptr);
    ~SessionOutput() override;

    // Follows one attempt (connect it to OutboxSender::itemStarted).
    void attach(SmtpSender *sender);
    // The attempts are over: nothing more is drawn, so results print on a clean line.
    void finish();

private:
    bool m_trace;
    QFile m_stderr;
    SmtpTranscript m_transcript;
    std::unique_ptr<ProgressLine> m_progress;
};
