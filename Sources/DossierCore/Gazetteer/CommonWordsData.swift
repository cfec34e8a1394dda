// Frequent English words that are not names: a capitalised one at the start of a sentence or in a
// headline is an ordinary word. Written from general knowledge of English (function words and
// frequent content words); no third-party list was copied. Licence: as the project.
extension GazetteerData {
    static let commonWords = """
a about above across after afterwards again against ago ahead all almost alone along already also although always am among amid an and another any anyone anything anyway anywhere are around as at away
back be became because become becomes been before beforehand behind being below beside besides between beyond both but by
can cannot could did do does doing done down during each either else elsewhere enough especially even ever every everyone everything everywhere except
few for former formerly from further furthermore had has have having he hence her here hers herself him himself his how however
i if in indeed instead into is it its itself just last later latter least less let like likely many may maybe me meanwhile might mine more moreover most mostly much must my myself
namely neither never nevertheless next no nobody none nor not nothing now nowhere of off often on once one only onto or other others otherwise our ours ourselves out over overall own
per perhaps please quite rather really regarding same several she should since so some somehow someone something sometimes somewhat soon still such than that the their theirs them themselves then there thereafter thereby therefore these they this those though through throughout thus to together too toward towards
under unless unlike until up upon us very via was we well were what whatever when whenever where whereas wherever whether which while who whoever whole whom whose why will with within without would yet you your yours yourself
yes ok okay oh hey dear thanks thank
today tonight yesterday tomorrow now then recently currently previously earlier finally first second third fourth fifth last next final initially eventually already soon
monday tuesday wednesday thursday friday saturday sunday
according after although asked as because before despite during following given if including once regarding since though unless until when where while
said says say told tell added noted stated announced reported claimed warned urged insisted explained wrote declared confirmed denied
new old big small large great good bad best better worse worst high low long short early late young major minor key top senior junior chief main
many much more most few fewer several some all both each every any no other another such same different various certain whole entire
public private political economic military national international foreign domestic local regional global official federal royal
here there this that these those it its they them their we our you your he his she her i my
north south east west northern southern eastern western central
breaking update updated exclusive analysis opinion editorial commentary photo photos video watch live read more related latest news report reports story
what when where who why how which whose whom
yes no not never always often sometimes usually
however meanwhile moreover furthermore nevertheless nonetheless instead otherwise therefore thus hence accordingly consequently besides likewise similarly still yet also too
indeed certainly clearly obviously apparently reportedly allegedly officially separately specifically notably
taking making having being getting going coming looking seeing saying speaking asking trying working talking
other others
government officials authorities sources analysts experts observers critics supporters leaders officials residents people police troops forces rebels militants protesters
one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million billion dozens hundreds thousands millions
some several many most half
mr mrs ms dr
under over above below between among
pressure tensions talks negotiations sanctions relations ties efforts plans hopes fears concerns questions
the a an
"""
}
