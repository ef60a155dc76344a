<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiClient</name>
    <message numerus="yes">
        <source>The server answered too slowly: the request was given up after %n second(s). Try again later.</source>
        <translation>
            <numerusform>The server answered too slowly: the request was given up after %n second. Try again later.</numerusform>
            <numerusform>The server answered too slowly: the request was given up after %n seconds. Try again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message numerus="yes">
        <source>Backups go to %1 and are kept %n day(s).</source>
        <translation>
            <numerusform>Backups go to %1 and are kept %n day.</numerusform>
            <numerusform>Backups go to %1 and are kept %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message numerus="yes">
        <source>Batch %1 exported to %2 (%n line(s)).</source>
        <translation>
            <numerusform>Batch %1 exported to %2 (%n line).</numerusform>
            <numerusform>Batch %1 exported to %2 (%n lines).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchPdfWriter</name>
    <message numerus="yes">
        <source>Total: %n redemption(s)</source>
        <translation>
            <numerusform>Total: %n redemption</numerusform>
            <numerusform>Total: %n redemptions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchesCommand</name>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardsCommand</name>
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
</context>
<context>
    <name>CustomerCommand</name>
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
</context>
<context>
    <name>EnrollmentCommand</name>
    <message numerus="yes">
        <source>%n held redemption(s) sent to the distributor.</source>
        <translation>
            <numerusform>%n held redemption sent to the distributor.</numerusform>
            <numerusform>%n held redemptions sent to the distributor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsCommand</name>
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
    <name>ProgramWording</name>
    <message numerus="yes">
        <source>Buy %1, get %n free</source>
        <translation>
            <numerusform>Buy %1, get %n free</numerusform>
            <numerusform>Buy %1, get %n free</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Buy %1, get %n free: any item on the card.</source>
        <translation>
            <numerusform>Buy %1, get %n free: any item on the card.</numerusform>
            <numerusform>Buy %1, get %n free: any item on the card.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Buy %1, get %n free: the free item costs no more than the least expensive of the ones bought.</source>
        <translation>
            <numerusform>Buy %1, get %n free: the free item costs no more than the least expensive of the ones bought.</numerusform>
            <numerusform>Buy %1, get %n free: the free items cost no more than the least expensive of the ones bought.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Buy %1, get %n free: the free item is the same size as the ones bought.</source>
        <translation>
            <numerusform>Buy %1, get %n free: the free item is the same size as the ones bought.</numerusform>
            <numerusform>Buy %1, get %n free: the free items are the same size as the ones bought.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Buy %1, get %n free: the free item is one of the items bought.</source>
        <translation>
            <numerusform>Buy %1, get %n free: the free item is one of the items bought.</numerusform>
            <numerusform>Buy %1, get %n free: the free items are among the items bought.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Buy %1, get %n free: the free item is the one bought most often.</source>
        <translation>
            <numerusform>Buy %1, get %n free: the free item is the one bought most often.</numerusform>
            <numerusform>Buy %1, get %n free: the free items are the ones bought most often.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purchases count for %n month(s)</source>
        <translation>
            <numerusform>Purchases count for %n month</numerusform>
            <numerusform>Purchases count for %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n per customer</source>
        <translation>
            <numerusform>At most %n per customer</numerusform>
            <numerusform>At most %n per customer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n for the whole program</source>
        <translation>
            <numerusform>At most %n for the whole program</numerusform>
            <numerusform>At most %n for the whole program</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Buy %1, get %n free: any item of the offer, in the same visit.</source>
        <translation>
            <numerusform>Buy %1, get %n free: any item of the offer, in the same visit.</numerusform>
            <numerusform>Buy %1, get %n free: any items of the offer, in the same visit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ends after %n free item(s) in all</source>
        <translation>
            <numerusform>Ends after %n free item in all</numerusform>
            <numerusform>Ends after %n free items in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Within %n month(s)</source>
        <translation>
            <numerusform>Within %n month</numerusform>
            <numerusform>Within %n months</numerusform>
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
    <name>RestoreCommand</name>
    <message numerus="yes">
        <source>%n change(s) in the current database were never sent and are not in the backup: sync first, or they stay only in the replaced database.</source>
        <translation>
            <numerusform>%n change in the current database was never sent and is not in the backup: sync first, or it stays only in the replaced database.</numerusform>
            <numerusform>%n changes in the current database were never sent and are not in the backup: sync first, or they stay only in the replaced database.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of the backup were not sent yet: they go out at the next sync.</source>
        <translation>
            <numerusform>%n change of the backup was not sent yet: it goes out at the next sync.</numerusform>
            <numerusform>%n changes of the backup were not sent yet: they go out at the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) never sent stay only in the replaced database.</source>
        <translation>
            <numerusform>%n change never sent stays only in the replaced database.</numerusform>
            <numerusform>%n changes never sent stay only in the replaced database.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaleFile</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message numerus="yes">
        <source>Nothing was lost: %n change(s) wait to be sent at the next sync.</source>
        <translation>
            <numerusform>Nothing was lost: %n change waits to be sent at the next sync.</numerusform>
            <numerusform>Nothing was lost: %n changes wait to be sent at the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sync conflict(s) wait for a Manager: see “sync conflicts”.</source>
        <translation>
            <numerusform>%n sync conflict waits for a Manager: see “sync conflicts”.</numerusform>
            <numerusform>%n sync conflicts wait for a Manager: see “sync conflicts”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>astro::bridge::BridgeHost</name>
    <message numerus="yes">
        <source>%1: %n line(s) recorded</source>
        <translation>
            <numerusform>%1: %n line recorded</numerusform>
            <numerusform>%1: %n lines recorded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>astro::ui::AuditLogPage</name>
    <message numerus="yes">
        <source>%n audit entry(ies) exported to %1.</source>
        <translation>
            <numerusform>%n audit entry exported to %1.</numerusform>
            <numerusform>%n audit entries exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entry(ies) shown; more as you scroll.</source>
        <translation>
            <numerusform>The newest entry shown; more as you scroll.</numerusform>
            <numerusform>The newest %n entries shown; more as you scroll.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>astro::ui::BackupsDialog</name>
    <message numerus="yes">
        <source>Saved: backups go to %1 and are kept %n day(s).</source>
        <translation>
            <numerusform>Saved: backups go to %1 and are kept %n day.</numerusform>
            <numerusform>Saved: backups go to %1 and are kept %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>astro::ui::BatchTotalsModel</name>
    <message numerus="yes">
        <source>%n batch(es)</source>
        <translation>
            <numerusform>%n batch</numerusform>
            <numerusform>%n batches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>astro::ui::BatchesPage</name>
    <message numerus="yes">
        <source>Mark batch %1 as submitted to %2? Do it once its report (%3 for %n redemption(s)) was sent to the manufacturer or brand rep.</source>
        <translation>
            <numerusform>Mark batch %1 as submitted to %2? Do it once its report (%3 for %n redemption) was sent to the manufacturer or brand rep.</numerusform>
            <numerusform>Mark batch %1 as submitted to %2? Do it once its report (%3 for %n redemptions) was sent to the manufacturer or brand rep.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 was sent to the printer (%n line(s)).</source>
        <translation>
            <numerusform>Batch %1 was sent to the printer (%n line).</numerusform>
            <numerusform>Batch %1 was sent to the printer (%n lines).</numerusform>
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
        <source>Batch %1: %2 at %3 — %n line(s)</source>
        <translation>
            <numerusform>Batch %1: %2 at %3 — %n line</numerusform>
            <numerusform>Batch %1: %2 at %3 — %n lines</numerusform>
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
    <name>astro::ui::CreditsPage</name>
    <message numerus="yes">
        <source>%n credit(s) could not be changed.</source>
        <translation>
            <numerusform>%n credit could not be changed.</numerusform>
            <numerusform>%n credits could not be changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n uncredited credit(s) as credited (%1)?</source>
        <translation>
            <numerusform>Mark %n uncredited credit as credited (%1)?</numerusform>
            <numerusform>Mark %n uncredited credits as credited (%1)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s) marked credited.</source>
        <translation>
            <numerusform>%n credit marked credited.</numerusform>
            <numerusform>%n credits marked credited.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Why did %1 decline %n credit(s) (%2)? The reason shows on the credits until they are fixed and resubmitted.</source>
        <translation>
            <numerusform>Why did %1 decline %n credit (%2)? The reason shows on the credit until it is fixed and resubmitted.</numerusform>
            <numerusform>Why did %1 decline %n credits (%2)? The reason shows on the credits until they are fixed and resubmitted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s) marked declined.</source>
        <translation>
            <numerusform>%n credit marked declined.</numerusform>
            <numerusform>%n credits marked declined.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n credited credit(s) as reconciled (%1)?</source>
        <translation>
            <numerusform>Mark %n credited credit as reconciled (%1)?</numerusform>
            <numerusform>Mark %n credited credits as reconciled (%1)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other selected credit(s) are not credited and stay as they are.</source>
        <translation>
            <numerusform>%n other selected credit is not credited and stays as it is.</numerusform>
            <numerusform>%n other selected credits are not credited and stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s) marked reconciled.</source>
        <translation>
            <numerusform>%n credit marked reconciled.</numerusform>
            <numerusform>%n credits marked reconciled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All credits: %n redemption(s), %1</source>
        <translation>
            <numerusform>All credits: %n redemption, %1</numerusform>
            <numerusform>All credits: %n redemptions, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %n redemption(s), %3</source>
        <translation>
            <numerusform>%1 · %2: %n redemption, %3</numerusform>
            <numerusform>%1 · %2: %n redemptions, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n redemption(s), %2</source>
        <translation>
            <numerusform>%1: %n redemption, %2</numerusform>
            <numerusform>%1: %n redemptions, %2</numerusform>
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
    <message numerus="yes">
        <source>Astro counted %1 of %2 and %n free unit(s) waiting on %3.</source>
        <translation>
            <numerusform>Astro counted %1 of %2 and %n free unit waiting on %3.</numerusform>
            <numerusform>Astro counted %1 of %2 and %n free units waiting on %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>astro::ui::CustomerDisplay</name>
    <message numerus="yes">
        <source>%n more to your free item</source>
        <translation>
            <numerusform>%n more to your free item</numerusform>
            <numerusform>%n more to your free item</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n free item(s) earned!</source>
        <translation>
            <numerusform>%n free item earned!</numerusform>
            <numerusform>%n free items earned!</numerusform>
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
    <name>astro::ui::EnrollmentEditorDialog</name>
    <message numerus="yes">
        <source>%n held redemption(s) will go to %1 with this account number and become uncredited.</source>
        <translation>
            <numerusform>%n held redemption will go to %1 with this account number and become uncredited.</numerusform>
            <numerusform>%n held redemptions will go to %1 with this account number and become uncredited.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held redemption(s) released to %1.</source>
        <translation>
            <numerusform>%n held redemption released to %1.</numerusform>
            <numerusform>%n held redemptions released to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n redemption(s) are held in Temporary Holding: they go to the distributor you choose.</source>
        <translation>
            <numerusform>%n redemption is held in Temporary Holding: it goes to the distributor you choose.</numerusform>
            <numerusform>%n redemptions are held in Temporary Holding: they go to the distributor you choose.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>astro::ui::EnrollmentGridPage</name>
    <message numerus="yes">
        <source>%n enrollment(s) in Temporary Holding: their credits are held until you choose a distributor.</source>
        <translation>
            <numerusform>%n enrollment in Temporary Holding: its credits are held until you choose a distributor.</numerusform>
            <numerusform>%n enrollments in Temporary Holding: their credits are held until you choose a distributor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>astro::ui::ExportRunner</name>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n row exported to %1.</numerusform>
            <numerusform>%n rows exported to %1.</numerusform>
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
    <name>astro::ui::HoldingPage</name>
    <message numerus="yes">
        <source>%n redemption(s) held for “%1” at %2</source>
        <translation>
            <numerusform>%n redemption held for “%1” at %2</numerusform>
            <numerusform>%n redemptions held for “%1” at %2</numerusform>
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
    <name>astro::ui::PosBridgeDialog</name>
    <message numerus="yes">
        <source>%n call(s) answered since it started, the last at %1</source>
        <translation>
            <numerusform>%n call answered since it started, the last at %1</numerusform>
            <numerusform>%n calls answered since it started, the last at %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>astro::ui::ProgramsPage</name>
    <message numerus="yes">
        <source>%n product line(s) written to %1.</source>
        <translation>
            <numerusform>%n product line written to %1.</numerusform>
            <numerusform>%n product lines written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>astro::ui::ReportsPage</name>
    <message numerus="yes">
        <source>%n redemption(s), free units: %1, cost %2</source>
        <translation>
            <numerusform>%n redemption, free units: %1, cost %2</numerusform>
            <numerusform>%n redemptions, free units: %1, cost %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) or offer(s) with activity</source>
        <translation>
            <numerusform>%n program or offer with activity</numerusform>
            <numerusform>%n programs or offers with activity</numerusform>
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
    <message numerus="yes">
        <source>%n sync conflict(s)</source>
        <translation>
            <numerusform>%n sync conflict</numerusform>
            <numerusform>%n sync conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) answered, the last at %1</source>
        <translation>
            <numerusform>%n call answered, the last at %1</numerusform>
            <numerusform>%n calls answered, the last at %1</numerusform>
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
<context>
    <name>astro::ui::SyncConflictsDialog</name>
    <message numerus="yes">
        <source>%n open sync conflict(s)</source>
        <translation>
            <numerusform>%n open sync conflict</numerusform>
            <numerusform>%n open sync conflicts</numerusform>
        </translation>
    </message>
</context>
</TS>
