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
</TS>
