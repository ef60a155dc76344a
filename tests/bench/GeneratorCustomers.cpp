#include "Generation.h"

#include "BulkInsert.h"

#include "common/Text.h"
#include "storage/Database.h"
#include "store/Store.h"
#include "users/UserStore.h"

#include <QRegularExpression>

#include <cmath>
#include <cstdio>

namespace bench::generation {

using namespace astro;

// ---------------------------------------------------------------------------------------------
// Vocabulary: names weighted roughly by frequency (most common first), phones by area code.

const char* const firstNames[] = {
    "James",     "Mary",     "Robert",     "Patricia",  "John",        "Jennifer", "Michael",
    "Linda",     "David",    "Elizabeth",  "William",   "Barbara",     "Richard",  "Susan",
    "Joseph",    "Jessica",  "Thomas",     "Sarah",     "Christopher", "Karen",    "Charles",
    "Lisa",      "Daniel",   "Nancy",      "Matthew",   "Betty",       "Anthony",  "Sandra",
    "Mark",      "Margaret", "Donald",     "Ashley",    "Steven",      "Kimberly", "Andrew",
    "Emily",     "Paul",     "Donna",      "Joshua",    "Michelle",    "Kenneth",  "Carol",
    "Kevin",     "Amanda",   "Brian",      "Melissa",   "George",      "Deborah",  "Timothy",
    "Stephanie", "Ronald",   "Dorothy",    "Jason",     "Rebecca",     "Edward",   "Sharon",
    "Jeffrey",   "Laura",    "Ryan",       "Cynthia",   "Jacob",       "Amy",      "Gary",
    "Kathleen",  "Nicholas", "Angela",     "Eric",      "Shirley",     "Jonathan", "Brenda",
    "Stephen",   "Emma",     "Larry",      "Anna",      "Justin",      "Pamela",   "Scott",
    "Nicole",    "Brandon",  "Samantha",   "Benjamin",  "Katherine",   "Samuel",   "Christine",
    "Gregory",   "Helen",    "Alexander",  "Debra",     "Patrick",     "Rachel",   "Frank",
    "Carolyn",   "Raymond",  "Janet",      "Jack",      "Maria",       "Dennis",   "Catherine",
    "Jerry",     "Heather",  "Tyler",      "Diane",     "Aaron",       "Olivia",   "José",
    "Julie",     "Adam",     "Joyce",      "Nathan",    "Victoria",    "Henry",    "Ruth",
    "Zachary",   "Virginia", "Douglas",    "Lauren",    "Peter",       "Kelly",    "Kyle",
    "Christina", "Noah",     "Joan",       "Ethan",     "Evelyn",      "Jeremy",   "Judith",
    "Walter",    "Andrea",   "Christian",  "Hannah",    "Keith",       "Megan",    "Roger",
    "Cheryl",    "Terry",    "Jacqueline", "Austin",    "Martha",      "Sean",     "Madison",
    "Gerald",    "Teresa",   "Carl",       "Gloria",    "Harold",      "Sara",     "Dylan",
    "Janice",    "Arthur",   "Ann",        "Lawrence",  "Kathryn",     "Jordan",   "Abigail",
    "Jesse",     "Sophia",   "Bryan",      "Frances",   "Billy",       "Jean",     "Bruce",
    "Alice",     "Gabriel",  "Judy",       "Joe",       "Isabella",    "Logan",    "Julia",
    "Alan",      "Grace",    "Juan",       "Amber",     "Albert",      "Denise",   "Elijah",
    "Marilyn",   "Wayne",    "Beverly",    "Randy",     "Charlotte",   "Vincent",  "Natalie",
    "Mason",     "Theresa",  "Roy",        "Diana",     "Ralph",       "Brittany", "Russell",
    "Kayla",     "Bradley",  "Alexis",     "Philip",    "Lori",        "Eugene",   "Marie",
    "Hélène",    "François", "Chloé",      "André",     "Jérôme",      "Noémie",   "Zoë",
    "Renée",     "Mélanie",  "Stéphane",   "Frédéric",  "Geneviève",   "Élise",    "Amélie",
    "Benoît",    "Maxime",   "Mathieu",    "Sébastien", "Valérie",     "Josée",    "Guillaume",
    "Isabelle",  "Nathalie", "Sylvie",     "Chantal",   "Marc-André",  "Léa",      "Gabrielle",
    "Émilie",    "Raphaël",  "Mohammed",   "Fatima",    "Wei",         "Mei",      "Priya",
    "Arjun",     "Aisha",    "Omar",       "Yuki",      "Hiroshi",     "Minh",     "Linh",
    "Sofia",     "Mateo",    "Lucía",      "Diego",     "Ana",         "Carlos",   "Ahmed",
    "Leila"};

const char* const lastNames[] = {
    "Smith",     "Johnson",    "Williams",   "Brown",      "Jones",      "Garcia",    "Miller",
    "Davis",     "Tremblay",   "Rodriguez",  "Martinez",   "Gagnon",     "Hernandez", "Lopez",
    "Gonzalez",  "Wilson",     "Roy",        "Anderson",   "Thomas",     "Côté",      "Taylor",
    "Moore",     "Jackson",    "Martin",     "Bouchard",   "Lee",        "Perez",     "Thompson",
    "White",     "Gauthier",   "Harris",     "Sanchez",    "Clark",      "Morin",     "Ramirez",
    "Lewis",     "Robinson",   "Lavoie",     "Walker",     "Young",      "Allen",     "King",
    "Fortin",    "Wright",     "Scott",      "Torres",     "Nguyen",     "Gagné",     "Hill",
    "Flores",    "Green",      "Adams",      "Ouellet",    "Nelson",     "Baker",     "Hall",
    "Pelletier", "Rivera",     "Campbell",   "Mitchell",   "Bélanger",   "Carter",    "Roberts",
    "Gomez",     "Lévesque",   "Phillips",   "Evans",      "Turner",     "Bergeron",  "Diaz",
    "Parker",    "Cruz",       "Leblanc",    "Edwards",    "Collins",    "Reyes",     "Paquette",
    "Stewart",   "Morris",     "Girard",     "Morales",    "Murphy",     "Cook",      "Simard",
    "Rogers",    "Gutierrez",  "Ortiz",      "Boucher",    "Morgan",     "Cooper",    "Peterson",
    "Caron",     "Bailey",     "Reed",       "Kelly",      "Beaulieu",   "Howard",    "Ramos",
    "Kim",       "Cloutier",   "Cox",        "Ward",       "Richardson", "Dubé",      "Watson",
    "Brooks",    "Chavez",     "Poirier",    "Wood",       "James",      "Bennett",   "Fournier",
    "Gray",      "Mendoza",    "Ruiz",       "Lapointe",   "Hughes",     "Price",     "Alvarez",
    "Leclerc",   "Castillo",   "Sanders",    "Patel",      "Lefebvre",   "Myers",     "Long",
    "Ross",      "Poulin",     "Foster",     "Jimenez",    "Powell",     "Thibault",  "Jenkins",
    "Perry",     "Russell",    "St-Pierre",  "Sullivan",   "Bell",       "Coleman",   "Nadeau",
    "Butler",    "Henderson",  "Barnes",     "Martel",     "Gonzales",   "Fisher",    "Vasquez",
    "Gilbert",   "Simmons",    "Romero",     "Jordan",     "Hébert",     "Patterson", "Alexander",
    "Hamilton",  "Desjardins", "Graham",     "Reynolds",   "Griffin",    "Mercier",   "Wallace",
    "Moreno",    "West",       "Lachance",   "Cole",       "Hayes",      "Bryant",    "Charbonneau",
    "Herrera",   "Gibson",     "Ellis",      "Tran",       "Medina",     "Aguilar",   "Stevens",
    "Murray",    "Ford",       "Castro",     "Marshall",   "Owens",      "Harrison",  "Fernandez",
    "MacDonald", "Woods",      "Washington", "Kennedy",    "Wells",      "Vargas",    "Henry",
    "Chen",      "Freeman",    "Webb",       "Tucker",     "Guzman",     "Burns",     "Crawford",
    "Olson",     "Simpson",    "Porter",     "Hunter",     "Gordon",     "Mendez",    "Silva",
    "Shaw",      "Snyder",     "Mason",      "Dixon",      "Muñoz",      "Hunt",      "Hicks",
    "Holmes",    "Palmer",     "Wagner",     "Black",      "Robertson",  "Boyd",      "Rose",
    "Stone",     "Salazar",    "Fox",        "Warren",     "Mills",      "Meyer",     "Rice",
    "Schmidt",   "Garza",      "Daniels",    "Ferguson",   "Nichols",    "Stephens",  "Soto",
    "Weaver",    "Ryan",       "Gardner",    "Payne",      "Grant",      "Dunn",      "Spencer",
    "Hawkins",   "Arnold",     "Pierce",     "Hansen",     "Peters",     "Santos",    "Hart",
    "Bradley",   "Knight",     "Elliott",    "Cunningham", "Duncan",     "Armstrong", "Hudson",
    "Carroll",   "Lane",       "Riley",      "Andrews",    "Ray",        "Berry",     "Perkins",
    "Hoffman",   "Johnston",   "Matthews",   "Richards",   "Willis",     "Carpenter", "Lawrence",
    "Wang",      "Li",         "Zhang",      "Liu",        "Singh",      "Kaur",      "Sharma",
    "Khan",      "Ali",        "Ahmed",      "Sato",       "Suzuki",     "Tanaka",    "Park",
    "Choi",      "Pham",       "Le",         "O'Brien",    "O'Connor",   "MacLeod"};

// Ontario area codes, the Toronto ones most frequent.
const std::pair<const char*, double> areaCodes[] = {
    {"416", 18}, {"647", 16}, {"437", 6}, {"905", 20}, {"289", 9}, {"365", 3}, {"519", 8},
    {"226", 5},  {"548", 1},  {"613", 7}, {"343", 2},  {"705", 3}, {"249", 1}, {"807", 1}};

const char* const emailDomains[] = {"gmail.com", "outlook.com",  "hotmail.com",
                                    "yahoo.ca",  "icloud.com",   "rogers.com",
                                    "bell.net",  "sympatico.ca", "videotron.ca"};

Status Generation::createUsers()
{
    UserStore& users = m_store.users();
    auto admin = users.add(Actor::system(benchLocationId()), QStringLiteral("Bench Admin"),
                           Role::Admin, QStringLiteral("90210"));
    if (!admin)
        return admin.error();
    m_adminId = admin->id;
    const Actor adminActor{m_adminId, admin->name, Role::Admin, benchLocationId()};
    for (int i = 0; i < cashierCount; ++i) {
        auto cashier = users.add(adminActor, QStringLiteral("Bench Cashier %1").arg(i + 1),
                                 Role::Cashier, QStringLiteral("%1").arg(2460 + i * 111));
        if (!cashier)
            return cashier.error();
        m_cashierIds[std::size_t(i)] = cashier->id;
    }
    return {};
}
// ---------------------------------------------------------------------------------------------
// Customers.

Status Generation::writeCustomers()
{
    Rng rng(m_config.seed ^ 0xC2B2AE3D27D4EB4FULL);
    std::vector<QString> firsts;
    std::vector<QString> firstKeys;
    std::vector<QString> firstMail;
    std::vector<double> firstWeights;
    for (std::size_t i = 0; i < std::size(firstNames); ++i) {
        firsts.push_back(QString::fromUtf8(firstNames[i]));
        firstKeys.push_back(text::searchKey(firsts.back()));
        firstMail.push_back(
            QString(firstKeys.back()).remove(QRegularExpression(QStringLiteral("[^a-z]"))));
        firstWeights.push_back(1.0 / std::pow(double(i) + 8.0, 0.9));
    }
    std::vector<QString> lasts;
    std::vector<QString> lastKeys;
    std::vector<QString> lastMail;
    std::vector<double> lastWeights;
    for (std::size_t i = 0; i < std::size(lastNames); ++i) {
        lasts.push_back(QString::fromUtf8(lastNames[i]));
        lastKeys.push_back(text::searchKey(lasts.back()));
        lastMail.push_back(
            QString(lastKeys.back()).remove(QRegularExpression(QStringLiteral("[^a-z]"))));
        lastWeights.push_back(1.0 / std::pow(double(i) + 5.0, 1.0));
    }
    const Weighted pickFirst(firstWeights);
    const Weighted pickLast(lastWeights);
    std::vector<double> areaWeights;
    for (const auto& a : areaCodes)
        areaWeights.push_back(a.second);
    const Weighted pickArea(areaWeights);

    const int n = m_config.customers;
    const std::vector<Uuid> uuids = sortedUuids(rng, std::size_t(n));

    if (auto s = m_db.begin(); !s)
        return s;
    BulkInsert insert(m_db, QStringLiteral("customers"),
                      {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("first_name"),
                       QStringLiteral("last_name"), QStringLiteral("phone"),
                       QStringLiteral("email"), QStringLiteral("first_key"),
                       QStringLiteral("last_key"), QStringLiteral("created_at")});
    char phone[32]; // room for any int the compiler cannot rule out; the phones are 10 digits
    for (int i = 0; i < n; ++i) {
        const int f = pickFirst.pick(rng);
        const int l = pickLast.pick(rng);
        const bool hasPhone = rng.chance(0.92);
        const bool hasEmail = !hasPhone || rng.chance(0.45);
        QString phoneText;
        if (hasPhone) {
            std::snprintf(phone, sizeof phone, "%s%03d%04d", areaCodes[pickArea.pick(rng)].first,
                          200 + rng.below(800), rng.below(10000));
            phoneText = QString::fromLatin1(phone, 10);
        }
        QString email;
        if (hasEmail)
            email = QStringLiteral("%1.%2%3@%4")
                        .arg(firstMail[std::size_t(f)], lastMail[std::size_t(l)])
                        .arg(rng.below(100))
                        .arg(QLatin1String(emailDomains[rng.below(int(std::size(emailDomains)))]));
        const qint64 created = m_customerCreatedMs[std::size_t(i)];
        if (auto s =
                insert.row(qint64(i) + 1, uuidText(uuids[std::size_t(i)]), firsts[std::size_t(f)],
                           lasts[std::size_t(l)], phoneText, email, firstKeys[std::size_t(f)],
                           lastKeys[std::size_t(l)], isoMs(created));
            !s)
            return s;
    }
    if (auto s = insert.flush(); !s)
        return s;
    return m_db.commit();
}

// Sign-ups spread over three years, in id order (the history planner needs them up front).
void Generation::planSignups()
{
    Rng rng(m_config.seed ^ 0xD6E8FEB86659FD93ULL);
    const qint64 n = m_config.customers;
    const qint64 start = m_nowMs - 3 * 365 * msPerDay;
    const qint64 span = m_nowMs - 3 * 3600000 - start;
    m_customerCreatedMs.resize(std::size_t(n));
    for (qint64 i = 0; i < n; ++i)
        m_customerCreatedMs[std::size_t(i)] = start + span * i / n + rng.below(3600000);
}

} // namespace bench::generation
