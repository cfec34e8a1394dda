// Titles, roles and honorifics that stand before or after a person's name in news English, each
// with its category. Written from general knowledge of English usage; no third-party text was
// copied. Licence: as the project.
// Columns: phrase (matched in any case), category. Categories: head (heads of state and government,
// leaders), deputy, minister (ministers, secretaries, governors, mayors), spokes (spokespeople),
// legislator, military, diplomat, religious, official, expert, business, media, honorific, family,
// person (other nouns for a person: activist, lawyer, …).
extension GazetteerData {
    static let titles = """
president	head
prime minister	head
premier	head
chancellor	head
chancellor of the exchequer	minister
sens.	legislator
reps.	legislator
leader	head
supreme leader	head
chairman	head
chairwoman	head
king	head
queen	head
emperor	head
empress	head
emir	head
amir	head
sultan	head
crown prince	head
prince	head
princess	head
monarch	head
dictator	head
strongman	head
head of state	head
taoiseach	head
pres.	head
vice president	deputy
vice-president	deputy
deputy prime minister	deputy
first deputy prime minister	deputy
vice premier	deputy
vice-premier	deputy
vice chairman	deputy
vice-chairman	deputy
deputy leader	deputy
minister	minister
foreign minister	minister
defense minister	minister
defence minister	minister
finance minister	minister
interior minister	minister
economy minister	minister
trade minister	minister
energy minister	minister
justice minister	minister
health minister	minister
unification minister	minister
deputy foreign minister	minister
vice foreign minister	minister
first vice foreign minister	minister
deputy minister	minister
vice minister	minister
vice-minister	minister
vice governor	deputy
secretary	minister
secretary of state	minister
secretary-general	minister
secretary general	minister
foreign secretary	minister
home secretary	minister
defense secretary	minister
defence secretary	minister
treasury secretary	minister
commerce secretary	minister
secretary of defense	minister
chief of staff	minister
national security adviser	minister
national security advisor	minister
director of national intelligence	minister
attorney general	minister
governor	minister
gov.	minister
mayor	minister
director	official
managing director	head
executive director	head
spokesman	spokes
spokeswoman	spokes
spokesperson	spokes
press secretary	spokes
lawmaker	legislator
senator	legislator
sen.	legislator
rep.	legislator
representative	legislator
congressman	legislator
congresswoman	legislator
legislator	legislator
speaker	legislator
parliamentarian	legislator
mp	legislator
general	military
gen.	military
admiral	military
adm.	military
colonel	military
col.	military
lt.	military
lieutenant	military
lt. gen.	military
lieutenant general	military
major general	military
maj.	military
commander	military
captain	military
capt.	military
marshal	military
field marshal	military
sergeant	military
sgt.	military
brigadier	military
brig.	military
ambassador	diplomat
amb.	diplomat
envoy	diplomat
special envoy	diplomat
diplomat	diplomat
consul	diplomat
consul general	diplomat
negotiator	diplomat
chief negotiator	diplomat
nuclear envoy	diplomat
pope	religious
cardinal	religious
archbishop	religious
bishop	religious
imam	religious
rabbi	religious
patriarch	religious
ayatollah	religious
grand ayatollah	religious
cleric	religious
reverend	religious
rev.	religious
official	official
officer	official
chief	official
head	official
aide	official
adviser	official
advisor	official
senior adviser	official
commissioner	official
inspector	official
prosecutor	official
judge	official
justice	official
chief justice	official
agent	official
analyst	expert
researcher	expert
professor	expert
prof.	expert
expert	expert
scholar	expert
economist	expert
scientist	expert
fellow	expert
senior fellow	expert
ceo	business
chief executive	business
chief executive officer	business
executive	business
founder	business
co-founder	business
businessman	business
businesswoman	business
tycoon	business
billionaire	business
correspondent	media
reporter	media
journalist	media
editor	media
photographer	media
columnist	media
anchor	media
mr.	honorific
mrs.	honorific
ms.	honorific
dr.	honorific
mr	honorific
mrs	honorific
ms	honorific
dr	honorific
sir	honorific
madam	honorific
dame	honorific
lord	honorific
lady	honorific
sheikh	honorific
sheik	honorific
wife	family
husband	family
son	family
daughter	family
father	family
mother	family
brother	family
sister	family
uncle	family
aunt	family
grandson	family
granddaughter	family
grandfather	family
grandmother	family
niece	family
nephew	family
widow	family
first lady	family
half-brother	family
half brother	family
activist	person
lawyer	person
attorney	person
dissident	person
candidate	person
opposition leader	head
nominee	person
student	person
author	person
writer	person
artist	person
singer	person
actor	person
actress	person
coach	person
player	person
defector	person
"""
}
