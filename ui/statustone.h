#pragma once

#include <QObject>

class QWidget;

// The colour of a panel that reports an outcome: green when something worked, yellow for a warning, red for
// a failure, blue for plain information. Each is a tint of the palette's window colour, so it reads in light
// and dark themes alike, and it follows when the desktop's palette changes.
class StatusTone : public QObject
{
    Q_OBJECT
public:
    enum class Tone { Information, Success, Warning, Failure };
    Q_ENUM(Tone)

    // Colours 'panel' (and keeps it coloured) for this tone.
    static void apply(QWidget *panel, Tone tone);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    StatusTone(QWidget *panel);
    void paint();

    QWidget *m_panel;
    Tone m_tone = Tone::Information;
};
