#include "FaultInjector.h"

namespace astro::server {

bool FaultInjector::draw(double share)
{
    if (share <= 0)
        return false;
    if (share >= 1)
        return true;
    return m_random.generateDouble() < share;
}

FaultInjector::Before FaultInjector::before()
{
    if (draw(m_options.failShare))
        return m_failures++ % 2 == 0 ? Before::Fail500 : Before::Fail503;
    if (draw(m_options.garbageShare))
        return Before::Garbage;
    return Before::None;
}

FaultInjector::Cut FaultInjector::afterPush()
{
    if (draw(m_options.cutShare))
        return m_cuts++ % 2 == 0 ? Cut::BeforeAnswer : Cut::MidAnswer;
    return Cut::None;
}

} // namespace astro::server
