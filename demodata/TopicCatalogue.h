// What demo customers get in touch about, in each market's language: the subject, the
// customer's first message and the agent's first answer, plus the English internal note and
// call summary agents write (English is the contact centre's working language). Texts may
// hold the placeholders {order} and {product}, which MessageComposer fills in.
#pragma once

#include "demodata/DemoLanguage.h"
#include "demodata/ReferenceData.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <array>

namespace switchboard::demodata {

struct Topic {
    DemoQueue queue = DemoQueue::CustomerCare;
    QStringList tags;
    bool needsOrder = false;        // the texts refer to an order the customer made
    bool urgent = false;            // an outage: high or urgent priority
    int weight = 1;                 // how often customers write about it, relative to the others
    std::array<QString, 3> subject; // by languageIndex()
    std::array<QString, 3> opening;
    std::array<QString, 3> reply;
    QString note;
    QString callSummary;

    const QString& subjectIn(DemoLanguage l) const {
        return subject[std::size_t(languageIndex(l))];
    }
    const QString& openingIn(DemoLanguage l) const {
        return opening[std::size_t(languageIndex(l))];
    }
    const QString& replyIn(DemoLanguage l) const { return reply[std::size_t(languageIndex(l))]; }
};

class TopicCatalogue {
public:
    TopicCatalogue();

    const QList<Topic>& topics() const { return topics_; }
    // Whether the topic is a customer sharing their own photos or posts (UGC).
    bool isUserContent(qsizetype topic) const { return topics_[topic].queue == DemoQueue::Social; }
    // Whether the topic is the one business buyers write about.
    bool isSalesLead(qsizetype topic) const { return topics_[topic].queue == DemoQueue::Sales; }

private:
    QList<Topic> topics_;
};

} // namespace switchboard::demodata
