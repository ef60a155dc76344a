<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BatchPdfWriter</name>
    <message numerus="yes">
        <source>Total (%n redemption(s))</source>
        <translation>
            <numerusform>Total (%n redemption)</numerusform>
            <numerusform>Total (%n redemptions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>  %1 — %2 of %3, %n reward(s) to redeem
</source>
        <translation>
            <numerusform>  %1 — %2 of %3, %n reward to redeem
</numerusform>
            <numerusform>  %1 — %2 of %3, %n rewards to redeem
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reward(s) to redeem</source>
        <translation>
            <numerusform>%n reward to redeem</numerusform>
            <numerusform>%n rewards to redeem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired</source>
        <translation>
            <numerusform>%n expired</numerusform>
            <numerusform>%n expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 exported to %2 (%n line(s)).</source>
        <translation>
            <numerusform>Batch %1 exported to %2 (%n line).</numerusform>
            <numerusform>Batch %1 exported to %2 (%n lines).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held redemption(s) sent to the distributor.</source>
        <translation>
            <numerusform>%n held redemption sent to the distributor.</numerusform>
            <numerusform>%n held redemptions sent to the distributor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n event waiting to be sent.</numerusform>
            <numerusform>%n events waiting to be sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfferService</name>
    <message numerus="yes">
        <source>Limit reached: %n per customer.</source>
        <translation>
            <numerusform>Limit reached: %n per customer.</numerusform>
            <numerusform>Limit reached: %n per customer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedemptionService</name>
    <message numerus="yes">
        <source>Limit reached: %n reward(s) per customer on this card.</source>
        <translation>
            <numerusform>Limit reached: %n reward per customer on this card.</numerusform>
            <numerusform>Limit reached: %n rewards per customer on this card.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Limit reached: this card&apos;s %n reward(s) for the whole program are all given.</source>
        <translation>
            <numerusform>Limit reached: this card&apos;s %n reward for the whole program is already given.</numerusform>
            <numerusform>Limit reached: this card&apos;s %n rewards for the whole program are all given.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This reward has %n free unit(s) left.</source>
        <translation>
            <numerusform>This reward has %n free unit left.</numerusform>
            <numerusform>This reward has %n free units left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>astro::ui::CheckoutWidget</name>
    <message numerus="yes">
        <source>Offer “%1”: %n more to buy.</source>
        <translation>
            <numerusform>Offer “%1”: %n more to buy.</numerusform>
            <numerusform>Offer “%1”: %n more to buy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>astro::ui::CustomerCardsModel</name>
    <message numerus="yes">
        <source>%n expired</source>
        <translation>
            <numerusform>%n expired</numerusform>
            <numerusform>%n expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n free units earned</source>
        <translation>
            <numerusform>%n free unit earned</numerusform>
            <numerusform>%n free units earned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>astro::ui::CustomerVisitsModel</name>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n free</source>
        <translation>
            <numerusform>%n free</numerusform>
            <numerusform>%n free</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>astro::ui::FinishVisitDialog</name>
    <message numerus="yes">
        <source>%1: %n unit(s)</source>
        <translation>
            <numerusform>%1: %n unit</numerusform>
            <numerusform>%1: %n units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>astro::ui::HoldingWarningDialog</name>
    <message numerus="yes">
        <source>%n program(s) in Temporary Holding at %1</source>
        <translation>
            <numerusform>%n program in Temporary Holding at %1</numerusform>
            <numerusform>%n programs in Temporary Holding at %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>astro::ui::NewCustomerDialog</name>
    <message numerus="yes">
        <source>%n customer(s) already have this phone or email. Use one of them, or add %1 anyway (for example someone of the same household).</source>
        <translation>
            <numerusform>%n customer already has this phone or email. Use this customer, or add %1 anyway (for example someone of the same household).</numerusform>
            <numerusform>%n customers already have this phone or email. Use one of them, or add %1 anyway (for example someone of the same household).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>astro::ui::OfferDialog</name>
    <message numerus="yes">
        <source>%1 off, earned in this visit: %n time(s).</source>
        <translation>
            <numerusform>%1 off, earned in this visit: %n time.</numerusform>
            <numerusform>%1 off, earned in this visit: %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Buy %1, get %2 free: %n free deal(s) earned in this visit.</source>
        <translation>
            <numerusform>Buy %1, get %2 free: %n free deal earned in this visit.</numerusform>
            <numerusform>Buy %1, get %2 free: %n free deals earned in this visit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>astro::ui::SessionStatusBar</name>
    <message numerus="yes">
        <source>%n change(s) not sent yet</source>
        <translation>
            <numerusform>%n change not sent yet</numerusform>
            <numerusform>%n changes not sent yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) in Temporary Holding</source>
        <translation>
            <numerusform>%n program in Temporary Holding</numerusform>
            <numerusform>%n programs in Temporary Holding</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>astro::ui::SignInWidget</name>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
