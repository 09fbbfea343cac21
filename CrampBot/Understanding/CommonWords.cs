namespace CrampBot.Understanding;

/// <summary>
/// Everyday English words. They are never "corrected" into a medical word (so "half" never becomes "calf") and are
/// never taken for the name of a medicine the leaflet does not list.
/// </summary>
internal static class CommonWords
{
    public static readonly HashSet<string> All = new(
        """
        a about above after again against all almost alone along already also although always am among an and another
        any anybody anyone anything anyway anywhere are area arent around as ask asked asking at away back bad badly
        be because become been before being below best better between big bit both but by came can cannot cant
        case cause come comes coming could couldnt day days did didnt do does doesnt doing done dont down during
        each early either else end enough even ever every everyone everything exactly far few find fine first for
        from full get gets getting give given go goes going gone good got great had hadnt half happen happened
        has hasnt have havent having he her here hers herself him himself his how however i id if ill im in instead
        into is isnt it its itself ive just keep kind know known last late later least less let like likely little
        long look looks lot lots made make makes making many may maybe me mean means might mine more most much must
        my myself near need needs never new next no none nor not nothing now of off often oh ok okay old on once
        one only or other others our ours out over own part per perhaps please quite rather really right said same
        say says see seem seems seen several shall she should shouldnt since so some somebody someone something
        sometimes soon still such sure take taken takes taking tell than that thats the their theirs them
        themselves then there these they thing things think this those though through till to today together told
        too took toward try trying under until up upon us use used using usual usually very want wants was wasnt
        way we well went were werent what whats when where whether which while who whom whose why will with within
        without wont would wouldnt yes yet you your youre yours yourself
        week weeks month months year years time times morning afternoon evening tonight yesterday tomorrow ago
        minute minutes hour hours second seconds daily weekly
        fill filled form forms tax return park parking medical
        monday mondays tuesday tuesdays wednesday wednesdays thursday thursdays friday fridays saturday saturdays
        sunday sundays weekend weekends
        man woman men women people person child children kid kids baby babies boy girl husband wife partner mum mom
        dad mother father son daughter brother sister friend friends family grandma grandad nan granny
        work job home house car bus train taxi cab flight plane holiday travel trip hotel school office shop shopping
        money pay paid price cost bank account card phone email address name number code password computer
        weather rain raining sunny sun snow cold hot warm wind windy forecast temperature climate
        news sport sports football game games match team score won win lose lost film movie music song book books
        tv television radio internet website app online google
        food eat eating ate drink drinking drank water coffee tea milk juice beer wine alcohol sugar bread meat fish
        fruit banana bananas vegetable vegetables diet dinner lunch breakfast meal pizza chocolate caffeine
        order ordered deliver delivery restaurant table tables booking book booked appointment
        tell say talk speak speaking talking call called calling ring write read reading send sent
        joke jokes funny story capital city country london paris world president prime minister election
        happy sad angry tired bored lonely stressed stress anxious anxiety worried fear scared afraid
        help helps helped helping helpful useful thanks thank cheers bye goodbye hello hi hey
        okay yeah yep nope nah sorry excuse pardon
        up down left right top bottom front side inside outside middle under over behind between
        big small large tiny huge short tall high low heavy light strong weak fast slow quick quickly
        hard soft easy difficult simple new old young different same true false real
        start started starting stop stopped stopping finish finished end ended begin began
        walk walked walking run ran running sit sat sitting stand stood standing lie lying lay sleep slept sleeping
        wake woke waking bed night nights day feel feels feeling felt look looked seem seemed
        move moved moving turn turned put pull push hold held carry lift lifted bend bent stretch stretched
        open close closed give gave keep kept bring brought buy bought sell sold
        head face eye eyes ear ears nose mouth tooth teeth throat neck shoulder shoulders arm arms elbow wrist hand
        hands finger fingers back stomach tummy belly hip hips skin hair heart lungs brain blood bone bones
        headache migraine toothache earache backache stomachache cold flu fever rash spot spots acne cough sneeze
        covid virus infection allergy allergies hayfever diabetes cancer asthma eczema
        doctor doctors gp nurse pharmacist pharmacy hospital clinic surgery ambulance
        visit visiting appointment question questions answer answers info information
        thing stuff everything anything nothing something somewhere everywhere
        weird strange odd normal usual often sometimes always never rarely
        again also still even just only really very quite pretty so too
        lets whats thats theres heres hows wheres whos youve youll youd shes hes theyre theyve weve were wont
        typical typically normally usually regular lately recently suddenly constantly
        please pls plz thank thanks fine safe sorry hope hoping wonder wondering guess mind matter problem
        ask asking answer question happy glad great good nice lovely better worse worst bad terrible awful
        able allowed sure certain possible impossible probably definitely actually basically honestly
        already yet ever never now then soon later still once twice
        deficiency deficient lack lacking shortage level levels low high amount enough plenty
        meaning life death music song play playing watch watching listen
        spring summer autumn winter season seasons christmas easter birthday garden gardening dog dogs cat walks
        diabetic diabetics arthritis thyroid gout menopause operation physio physiotherapist massage bath shower
        socks shoes slippers stairs floor carpet sofa chair blanket duvet pillow mattress bottle tonic pickle juice
        english language country neighbour neighbor daughter grandson granddaughter retired retirement pension
        online internet read article forum mention mentioned heard true false rest resting asleep awake jumping
        fed fit healthy active busy tired hopping shouting shout scream woke wakes waking sprang since
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);
}
