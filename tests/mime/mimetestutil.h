#pragma once
// Helpers shared by the core/mime suites.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace MimeTest {

// Sample texts in many scripts, each long enough to need several encoded words.
inline QStringList scriptSamples()
{
    return {
        QString::fromUtf8("Élise Ångström-Ærø: Grüße aus Köln — Ça va? Señor Niño, œuvre «déjà vu» ½ €"),
        QString::fromUtf8("Καλημέρα κόσμε, ξεσκεπάζω την ψυχοφθόρα βδελυγμία"),
        QString::fromUtf8("Съешь же ещё этих мягких французских булок, да выпей же чаю"),
        QString::fromUtf8("نص حكيم له سر قاطع وذو شأن عظيم مكتوب على ثوب أخضر ومغلف بجلد أزرق"),
        QString::fromUtf8("דג סקרן שט בים מאוכזב ולפתע מצא לו חברה"),
        QString::fromUtf8("いろはにほへと ちりぬるを 我能吞下玻璃而不伤身体 다람쥐 헌 쳇바퀴에 타고파"),
        QString::fromUtf8("ऋषियों को सताने वाले दुष्ट राक्षसों के राजा रावण का सर्वनाश करने वाले"),
        QString::fromUtf8("Party 🎉🎊 with 👩‍👩‍👧‍👦 and 🏳️‍🌈 plus "
                          "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 "
                          "𠜎𠜱 "
                          "done"),
        QString::fromUtf8("ไก่จิกเด็กตายบนปากโอ่ง Ṁïẋëḋ ẞ ǅ ﬁ"),
    };
}

// Splits a message or header block into lines; fails (returns false) on a bare CR or LF.
inline bool crlfLines(const QByteArray &bytes, QList<QByteArray> *lines, QString *problem)
{
    int start = 0;
    for (int i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\r') {
            if (i + 1 >= bytes.size() || bytes[i + 1] != '\n') {
                *problem = QStringLiteral("bare CR at %1").arg(i);
                return false;
            }
            lines->append(bytes.mid(start, i - start));
            start = i + 2;
            ++i;
        } else if (bytes[i] == '\n') {
            *problem = QStringLiteral("bare LF at %1").arg(i);
            return false;
        }
    }
    if (start < bytes.size())
        lines->append(bytes.mid(start));
    return true;
}

// Undoes RFC 5322 folding of one field and drops "Name: ".
inline QByteArray unfoldValue(const QByteArray &field)
{
    QByteArray v = field;
    if (v.endsWith("\r\n"))
        v.chop(2);
    v.replace("\r\n", "");
    const int colon = v.indexOf(':');
    v = v.mid(colon + 1);
    if (v.startsWith(' '))
        v.remove(0, 1);
    return v;
}

} // namespace MimeTest
