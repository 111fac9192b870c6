"""Demo content: to be reviewed by a clinician before publication.

The drugs and alcohol A to Z, as plain data for the demo loader. Every long field is markdown.
Nothing here is medical advice until a clinician has reviewed it.
"""

from textwrap import dedent


def _md(*parts: str) -> str:
    """Markdown written indented in this file, returned without the indent (parts become paragraphs)."""
    return "\n\n".join(dedent(part).strip() for part in parts)


URGENT = (
    "**Call 999 straight away** if someone is unconscious, has trouble breathing, "
    "has a fit or has chest pain. Stay with them until help comes."
)

# Maximum penalties as the UK government publishes them (gov.uk "Drugs penalties").
_CLASS_A = _md("""
    - Having it for yourself (possession): up to 7 years in prison, an unlimited fine, or both.
    - Supplying it: up to life in prison, an unlimited fine, or both.
    - Supplying includes sharing it with friends or giving it away for free.
    """)

_CLASS_B = _md("""
    - Having it for yourself (possession): up to 5 years in prison, an unlimited fine, or both.
    - Supplying it: up to 14 years in prison, an unlimited fine, or both.
    - Supplying includes sharing it with friends or giving it away for free.
    """)

_CLASS_C = _md("""
    - Having it for yourself (possession): up to 2 years in prison, an unlimited fine, or both.
    - Supplying it: up to 14 years in prison, an unlimited fine, or both.
    - Supplying includes sharing it with friends or giving it away for free.
    """)

_RECORD = (
    "A drug conviction can make it harder to get some jobs, to rent a home or to travel to some countries."
)

_OPIOID_OVERDOSE = _md("""
    Signs of an opioid overdose can include:

    - being very sleepy, or you cannot wake them
    - slow, shallow or no breathing, or loud snoring or gurgling sounds
    - blue or grey lips or fingertips
    - very small (pinpoint) pupils
    """)

_NALOXONE = (
    "Carry naloxone. It can reverse an opioid overdose for a short time while you wait for the "
    "ambulance. Kits are free from drug services, needle exchanges and some pharmacies."
)


def _law(intro: str, penalties: str) -> str:
    return f"{_md(intro)}\n\n{penalties}\n\n{_RECORD}"


SUBSTANCES: list[dict] = [
    {
        "name": "Alcohol",
        "slug": "alcohol",
        "other_names": ["booze", "drink", "bevvy"],
        "substance_type": "depressants",
        "summary": "A legal drug in beer, wine, cider and spirits that slows down the body and brain.",
        "what_it_is": _md("""
            Alcohol is the drug in beer, lager, cider, wine, spirits and alcopops. It is legal for adults
            to buy, but it is still a drug.

            It is a depressant. This means it slows down your brain and body.

            The strength of a drink is shown as a percentage (ABV) on the label. In the UK, drinks are
            also measured in units. To keep health risks low, the UK Chief Medical Officers advise adults
            not to drink more than 14 units a week on a regular basis. If you drink that much, spread it
            over 3 or more days.
            """),
        "how_taken": _md("""
            People drink it. It gets into your blood through your stomach and gut.

            It gets into your blood faster if you drink on an empty stomach, drink quickly, or have
            fizzy mixers.
            """),
        "how_it_feels": _md("""
            A small amount can make you feel relaxed, chatty and more confident.

            More can make you:

            - feel dizzy or sick
            - slur your words and lose your balance
            - make choices you would not normally make
            - feel angry or low
            - forget what happened (a blackout)
            """),
        "duration": _md("""
            It depends on how much you drink, your size, and whether you have eaten.

            Your body takes time to break alcohol down. As a rough guide, it often takes about an hour
            for your body to deal with one unit, but this varies from person to person. Coffee, cold
            showers and sleep do not speed it up.

            You can still be over the drink-drive limit the morning after a night of drinking.
            """),
        "detection": _md("""
            This varies a lot. Breath and blood tests usually only find alcohol for some hours after
            drinking.

            Some urine tests look for what alcohol breaks down into, and may find it for longer, often
            a few days. Hair tests can show drinking over months. A test provider can tell you more.
            """),
        "risks_physical": _md(
            """
            - Drinking a lot in one go can cause alcohol poisoning. This can stop your breathing or make
              you choke on your own sick.
            - You are more likely to have accidents, fall, or get hurt in a fight.
            - Drinking a lot over time can damage your liver, heart, brain and stomach.
            - It raises your risk of several cancers, including mouth, throat, breast and bowel cancer.
            - Drinking in pregnancy can harm the baby. The safest choice is not to drink at all.
            """,
            URGENT,
        ),
        "risks_mental": _md("""
            - Alcohol can make you feel low, anxious or on edge, especially the next day.
            - It can make depression and anxiety worse over time.
            - It can make some people angry or take risks.
            - Some people drink to cope with hard feelings. This can become a cycle that is hard to break.
            """),
        "cut_with": _md("""
            Drinks from pubs, bars and proper shops are not cut with other drugs.

            Fake or home-made spirits can contain methanol or other harmful chemicals. Methanol can cause
            blindness and can kill. Be wary of cheap spirits from unusual sellers, especially abroad.

            Drinks can be spiked with other drugs. Keep your drink with you. If you or a friend suddenly
            feels much more drunk than expected, get help.
            """),
        "addiction_withdrawal": _md("""
            You can become dependent on alcohol. This means your body and mind feel you need it. Needing a
            drink to get through the day, or to stop shaking in the morning, can be a sign.

            If you drink a lot every day, **do not stop suddenly without advice**. Stopping all at once can
            cause shaking, sweating, feeling sick, seeing or hearing things, and fits. This can be
            dangerous and can kill.

            Talk to your GP or a local alcohol service first. They can help you cut down safely or give you
            medicine to help you stop (a medically assisted detox).
            """),
        "law_class": "age_restricted",
        "law_detail": _md("""
            Alcohol is legal for adults, but there are rules:

            - It is against the law to sell alcohol to anyone under 18, and for under-18s to buy it.
            - It is against the law for an adult to buy alcohol for someone under 18.
            - Under-18s cannot drink alcohol in a pub or bar. There is one exception: 16 and 17 year olds
              can drink beer, wine or cider with a meal if an adult buys it and is with them.
            - If you are under 18 and drinking in public, the police can take your drink away, and can fine
              or arrest you.
            - Some areas have rules against drinking in the street. The police can ask you to stop and can
              take your drink away.
            - Drink-driving can mean a driving ban, a fine and even prison.
            """),
        "staying_safer": _md("""
            - Eat before and while you drink.
            - Pace yourself. Try to have water or soft drinks in between.
            - Know what is in your drink. Check the strength on the label.
            - Plan how you will get home. Do not drive.
            - Do not mix alcohol with other drugs, especially opioids, benzodiazepines or GHB/GBL. This can
              stop your breathing.
            - Have some days off drinking each week.
            - If someone is very drunk, do not leave them to "sleep it off" on their back. Put them in the
              recovery position and stay with them.
            """),
        "worried_about_friend": _md(
            """
            If your friend is very drunk:

            - Stay with them. Do not leave them alone.
            - If they are sleepy, lie them on their side in the recovery position so they will not choke.
            - Do not give them coffee or put them in a cold shower.

            """,
            URGENT,
            """

            If you are worried about how much a friend drinks over time, pick a calm moment when they are
            sober. Say what you have noticed, without blaming them. Let them know help is free and private.
            You can also get support for yourself.
            """,
        ),
        "related_categories": [
            "alcohol-services",
            "advice-information",
            "detox",
            "residential-rehab",
            "mutual-aid-peer-support",
            "family-friends",
            "mental-health-dual-diagnosis",
        ],
    },
    {
        "name": "Heroin",
        "slug": "heroin",
        "other_names": ["brown", "gear", "smack", "H", "skag"],
        "substance_type": "opioids",
        "summary": "A strong opioid that slows the body down and carries a high risk of overdose.",
        "what_it_is": _md("""
            Heroin is an opioid. It is made from the opium poppy. It is a strong painkiller that slows
            down your body, including your breathing.

            In the UK it is usually a brown powder. It can also be off-white.
            """),
        "how_taken": _md("""
            - Smoking: heating it on foil and breathing in the smoke ("chasing").
            - Injecting into a vein.
            - Less often, snorting.

            Injecting carries the highest risk of overdose and infection.
            """),
        "how_it_feels": _md("""
            People describe a warm, heavy, relaxed feeling. Worries and pain can feel far away.

            It can also make you feel sick or be sick, especially the first few times. You may feel very
            sleepy and drift in and out of sleep ("gouching" or "nodding").
            """),
        "duration": _md("""
            The effects usually come on within minutes if smoked or injected. They can last for a few
            hours. This varies with how much is taken and how used to it your body is.
            """),
        "detection": _md("""
            This varies. Urine tests often find heroin for about 1 to 3 days after use, sometimes longer
            after heavy use. Hair tests can show use over months. A test provider can tell you more.
            """),
        "risks_physical": _md(
            """
            - **Overdose** is the biggest risk. Heroin slows your breathing, and too much can stop it.
            - The risk is much higher if you mix it with alcohol, benzodiazepines, GHB/GBL, methadone or
              other drugs that slow you down.
            - The risk is also higher after a break, for example after prison, hospital, rehab or detox.
              Your body is no longer used to it, so an amount you used to take can now kill you.
            - Injecting can cause infections, abscesses, damaged veins and blood clots.
            - Sharing needles, spoons, filters or water can spread HIV, hepatitis B and hepatitis C.
            - Long-term use can cause constipation, problems with periods, and poor teeth.
            """,
            _OPIOID_OVERDOSE,
            URGENT,
        ),
        "risks_mental": _md("""
            - Heroin can numb painful feelings. This can make it hard to stop, because the feelings come
              back.
            - Many people who use heroin also live with depression, anxiety or trauma. Help is available
              for both at the same time.
            """),
        "cut_with": _md("""
            You cannot know how strong street heroin is or what is in it.

            - It may be mixed with things like caffeine or paracetamol.
            - Since 2023, **nitazenes** have been found in heroin in the UK. These are man-made opioids
              that can be much stronger than heroin. They have been linked to many deaths. You cannot see,
              smell or taste them.
            - **Xylazine** ("tranq") has also been found in some UK samples. It is an animal sedative, not
              an opioid. Naloxone does not reverse its effects, but you should still give naloxone in an
              overdose, because opioids are likely to be involved too. Xylazine has been linked to serious
              wounds.
            """),
        "addiction_withdrawal": _md("""
            Heroin is very easy to become dependent on. Your body gets used to it and you need more to
            feel the same.

            If you are dependent and stop, withdrawal usually starts within a day. It can feel like a very
            bad flu: aches, sweating, runny nose, stomach cramps, diarrhoea, being sick, feeling anxious
            and not sleeping. It is very unpleasant but is not usually dangerous in itself.

            The danger comes after. Once your body is not used to heroin, using the same amount again can
            kill you.

            Treatment can help. A prescribed medicine such as methadone or buprenorphine can stop
            withdrawal and cravings and lower your risk of overdose.
            """),
        "law_class": "class_a",
        "law_detail": _law(
            """
            Heroin is a Class A drug under the Misuse of Drugs Act 1971. The most you can get is:
            """,
            _CLASS_A,
        ),
        "staying_safer": _md(
            """
            Not using is the safest choice. If you do use:

            - Do not use alone. If you have to, tell someone and ask them to check on you.
            - Try a small amount first. Street heroin may contain nitazenes.
            - Do not mix heroin with alcohol, benzodiazepines, GHB/GBL or other opioids.
            - Take much less after any break, like prison, hospital, rehab or detox.
            - Smoking is less risky than injecting.
            - If you inject, use new, sterile equipment every time, and never share it. Needle exchanges
              give it out free.
            - Get tested for HIV and hepatitis, and ask about the hepatitis B vaccine.
            """,
            _NALOXONE,
        ),
        "worried_about_friend": _md(
            """
            If your friend has used heroin and you cannot wake them, or their breathing is slow or noisy,
            this may be an overdose.

            - Call 999.
            - Give naloxone if you have it.
            - Put them in the recovery position and stay with them.
            """,
            """
            If you are worried about their use, talk to them when they are not high. Try not to judge or
            lecture. Let them know that treatment is free and private, and that they can ask for help
            without having to stop straight away. Families and friends can get support too.
            """,
        ),
        "related_categories": [
            "needle-syringe-exchange",
            "naloxone",
            "substitute-prescribing",
            "detox",
            "residential-rehab",
            "advice-information",
            "mutual-aid-peer-support",
            "family-friends",
        ],
    },
    {
        "name": "Crack cocaine",
        "slug": "crack-cocaine",
        "other_names": ["crack", "rock", "stones", "white"],
        "substance_type": "stimulants",
        "summary": "A smokable form of cocaine with a short, intense high and strong cravings.",
        "what_it_is": _md("""
            Crack is a form of cocaine that can be smoked. It is a stimulant, which means it speeds up your
            body and brain.

            It usually looks like small lumps or "rocks". They can be white, cream or yellowish.
            """),
        "how_taken": _md("""
            - Most people smoke it in a pipe.
            - Some people inject it.
            """),
        "how_it_feels": _md("""
            The high comes on very fast. People describe feeling very alert, confident and full of energy.

            The high is short. After it, people often feel low, restless and edgy, and have a strong urge
            to use more. This can lead to using again and again over hours or days (bingeing).
            """),
        "duration": _md("""
            When smoked, the high starts within seconds and often fades within about 10 to 15 minutes. The
            low feeling afterwards can last much longer. This varies from person to person.
            """),
        "detection": _md("""
            This varies. Urine tests often find cocaine for about 2 to 4 days after use, and for longer
            after heavy use. Hair tests can show use over months. A test provider can tell you more.
            """),
        "risks_physical": _md(
            """
            - Crack puts a big strain on your heart. It can cause a heart attack, a stroke or a fit, even
              in young people and the first time.
            - Smoking it can damage your lungs and cause chest pain and coughing.
            - Hot pipes can burn your lips and mouth.
            - Sharing pipes can spread hepatitis C through cuts and cracked lips.
            - Injecting can cause infections, abscesses and damaged veins.
            - Using for days can mean you do not sleep or eat, which wears your body down.
            """,
            URGENT,
        ),
        "risks_mental": _md("""
            - Crack can make you anxious, panicky or paranoid.
            - Heavy use can cause psychosis. This means seeing or hearing things, or believing things that
              are not true.
            - The low after using can be very hard. Some people feel hopeless or have thoughts of suicide.
              If you feel like this, you can call Samaritans free on 116 123, any time.
            """),
        "cut_with": _md("""
            Crack is made from cocaine, so it can contain whatever the cocaine was cut with, and leftover
            chemicals from making it. You cannot know how strong it is.
            """),
        "addiction_withdrawal": _md("""
            Crack is very easy to become dependent on, because the high is short and the cravings are
            strong.

            Stopping does not usually cause the kind of physical withdrawal that heroin does. But people
            often feel very tired, low, irritable and hungry, and have strong cravings. This can last for
            days or weeks.

            There is no substitute medicine for crack, but talking therapies, peer support and practical
            help can work. Many people also use heroin. Services can help with both.
            """),
        "law_class": "class_a",
        "law_detail": _law(
            """
            Crack cocaine is a Class A drug under the Misuse of Drugs Act 1971. The most you can get is:
            """,
            _CLASS_A,
        ),
        "staying_safer": _md("""
            Not using is the safest choice. If you do use:

            - Use your own pipe and do not share it.
            - Ask your local needle and syringe service what safer smoking equipment they can give you.
            - Try to set a limit before you start, and take breaks.
            - Eat, drink water and try to sleep.
            - Do not mix it with alcohol or heroin. Both raise the risks.
            - Get tested for hepatitis C and HIV.
            """),
        "worried_about_friend": _md(
            """
            If your friend has chest pain, a fit, or is very hot, confused or paranoid after using crack,
            get help.
            """,
            URGENT,
            """
            If they are panicky, stay calm, take them somewhere quiet and reassure them.

            If you are worried about their use, talk to them when they are calm and not using. Listen more
            than you talk. Let them know that services are free and private.
            """,
        ),
        "related_categories": [
            "advice-information",
            "needle-syringe-exchange",
            "mutual-aid-peer-support",
            "residential-rehab",
            "mental-health-dual-diagnosis",
            "family-friends",
        ],
    },
    {
        "name": "Cocaine",
        "slug": "cocaine",
        "other_names": ["coke", "charlie", "C", "sniff", "white", "powder"],
        "substance_type": "stimulants",
        "summary": "A stimulant powder, usually snorted, that puts a strain on the heart.",
        "what_it_is": _md("""
            Cocaine is a stimulant. It speeds up your body and brain. It is made from the leaves of the
            coca plant.

            It is usually a white powder.
            """),
        "how_taken": _md("""
            - Most people snort it in lines.
            - Some rub it on their gums.
            - Some people inject it.
            """),
        "how_it_feels": _md("""
            People describe feeling alert, confident, chatty and full of energy. You may feel less hungry
            and less tired.

            Some people feel anxious, paranoid or aggressive. Afterwards many people feel low and tired
            (a comedown), sometimes for a few days.
            """),
        "duration": _md("""
            When snorted, the effects come on quickly and usually last between about 20 and 40 minutes. This
            varies. Many people take more to keep the feeling going.
            """),
        "detection": _md("""
            This varies. Urine tests often find cocaine for about 2 to 4 days after use, and for longer
            after heavy use. Hair tests can show use over months. A test provider can tell you more.
            """),
        "risks_physical": _md(
            """
            - Cocaine raises your heart rate and blood pressure. It can cause a heart attack, a stroke or a
              fit, even in young, healthy people.
            - Mixing it with alcohol makes a chemical called cocaethylene in your body. This is harder on
              your heart and liver.
            - Snorting it can damage the inside of your nose over time.
            - Sharing notes or straws can spread hepatitis C.
            - Injecting can cause infections, abscesses and damaged veins.
            """,
            URGENT,
        ),
        "risks_mental": _md("""
            - It can make you anxious, panicky or paranoid.
            - Heavy use can cause psychosis. This means seeing or hearing things, or believing things that
              are not true.
            - The comedown can bring low mood. Regular use can make depression and anxiety worse.
            """),
        "cut_with": _md("""
            Street cocaine is often mixed with other things. These can include:

            - sugars or powders to bulk it out
            - local anaesthetics, which numb your gums like cocaine does
            - caffeine
            - levamisole, a medicine for animals, which can harm your blood and skin

            Some cocaine in the UK has been very strong. You cannot tell how strong it is by looking at it.
            """),
        "addiction_withdrawal": _md("""
            You can become dependent on cocaine. You may find it hard to have a night out, or get through
            the day, without it.

            Stopping does not usually cause strong physical withdrawal. People often feel tired, low, moody
            and restless, and have cravings. This can last for days or weeks.

            Talking therapies and peer support can help. Services are free and private.
            """),
        "law_class": "class_a",
        "law_detail": _law(
            """
            Cocaine is a Class A drug under the Misuse of Drugs Act 1971. The most you can get is:
            """,
            _CLASS_A,
        ),
        "staying_safer": _md("""
            Not using is the safest choice. If you do use:

            - Start with a small amount. Strength varies a lot.
            - Do not mix it with alcohol or other stimulants.
            - Use your own straw or tube. Do not share notes or straws.
            - Take breaks, drink some water and eat.
            - If you have a heart problem or high blood pressure, the risks are higher.
            """),
        "worried_about_friend": _md(
            """
            If your friend has chest pain, a fit, is very hot, or seems very confused after using cocaine,
            get help fast.
            """,
            URGENT,
            """
            If they are panicky, take them somewhere quiet and calm, and stay with them.

            If you are worried about their use, talk to them when they are sober. Be kind and honest. Let
            them know help is free, private and not just for people who use every day.
            """,
        ),
        "related_categories": [
            "advice-information",
            "mutual-aid-peer-support",
            "mental-health-dual-diagnosis",
            "family-friends",
            "young-people",
        ],
    },
    {
        "name": "Cannabis",
        "slug": "cannabis",
        "other_names": ["weed", "skunk", "hash", "green", "bud", "grass", "ganja", "pot"],
        "substance_type": "cannabinoids",
        "summary": "A plant-based drug, usually smoked, that can relax you or make you anxious.",
        "what_it_is": _md("""
            Cannabis comes from the cannabis plant. The main chemical that makes you high is called THC.

            It comes in different forms:

            - dried leaves and flowers ("weed" or "bud"), which are green or brown
            - a brown or black block of resin ("hash")
            - oils, sweets and cakes (edibles), and liquids for vapes

            "Skunk" is a name for strong types of weed with a lot of THC.
            """),
        "how_taken": _md("""
            - Smoked in a joint, often mixed with tobacco, or in a pipe or bong.
            - Vaped.
            - Eaten in food or sweets (edibles).
            """),
        "how_it_feels": _md("""
            People describe feeling relaxed, chatty and giggly. Colours and sounds may seem stronger. You
            may feel hungry.

            It can also make you feel anxious, paranoid, sick or dizzy. Some people go pale and feel faint
            (a "whitey").
            """),
        "duration": _md("""
            When smoked or vaped, you usually feel it within minutes, and it can last a few hours.

            Edibles can take an hour or more to work, and the effects can last much longer. People
            sometimes take more because they think it is not working, and then feel very unwell.
            """),
        "detection": _md("""
            This varies a lot. For someone who uses now and then, urine tests may find it for a few days.
            For someone who uses a lot, it can be found for several weeks. Hair tests can show use over
            months. A test provider can tell you more.
            """),
        "risks_physical": _md("""
            - Smoking it, especially with tobacco, harms your lungs and heart.
            - Mixing it with tobacco can make you dependent on nicotine too.
            - It slows your reactions. Do not drive.
            - Some people who use a lot of cannabis for a long time get bouts of very bad sickness and
              vomiting. This can get better after stopping.
            - Strong edibles can make you very unwell, especially children who eat them by mistake.
            """),
        "risks_mental": _md("""
            - Cannabis can cause anxiety and paranoia.
            - Using strong cannabis often, especially when you are young, is linked to a higher risk of
              psychosis. This means seeing or hearing things, or believing things that are not true.
            - It can affect memory, concentration and motivation.
            - If you have a mental health condition, it may make it worse.
            """),
        "cut_with": _md("""
            Street cannabis can be much stronger than you expect.

            Some products sold as cannabis, especially vapes and sweets, have been found to contain
            **synthetic cannabinoids** (spice) instead. These are much more dangerous. If a vape or edible
            hits you much harder than expected, stop and get help.
            """),
        "addiction_withdrawal": _md("""
            Some people become dependent on cannabis, especially if they use strong types every day.

            If you stop after using a lot, you may feel irritable, anxious and low, find it hard to sleep,
            lose your appetite and have cravings. This usually gets better within a few weeks.
            """),
        "law_class": "class_b",
        "law_detail": _law(
            """
            Cannabis is a Class B drug under the Misuse of Drugs Act 1971. If you are caught with a small
            amount, the police may give you a warning or an on-the-spot fine, but they can also arrest you.
            The most you can get is:
            """,
            _CLASS_B,
        )
        + "\n\nA small number of people are prescribed cannabis-based medicines by a specialist doctor. "
        "Having these with your own prescription is legal.",
        "staying_safer": _md("""
            - Try a small amount first, especially with a new supply or edibles.
            - With edibles, wait at least an hour or two before deciding to take more.
            - Avoid mixing it with tobacco if you can.
            - Do not mix it with alcohol. It can make you feel very sick.
            - Do not drive or use machines.
            - Keep edibles away from children and pets. They can look like normal sweets.
            """),
        "worried_about_friend": _md(
            """
            If your friend feels sick, anxious or faint after using cannabis, take them somewhere quiet,
            sit them down and give them sips of water or a sugary drink. Stay with them and reassure them.
            The feeling will pass.
            """,
            URGENT,
            """
            If you are worried about their use or their mental health, talk to them when they are not high.
            Young people can get help from young people's services.
            """,
        ),
        "related_categories": [
            "advice-information",
            "young-people",
            "mental-health-dual-diagnosis",
            "mutual-aid-peer-support",
            "family-friends",
        ],
    },
    {
        "name": "Synthetic cannabinoids (spice)",
        "slug": "synthetic-cannabinoids",
        "other_names": ["spice", "mamba", "black mamba", "paper"],
        "substance_type": "cannabinoids",
        "summary": "Man-made chemicals that act like cannabis but are much stronger and less predictable.",
        "what_it_is": _md("""
            Synthetic cannabinoids are chemicals made in a lab. They act on the same parts of the brain as
            cannabis, but they are usually much stronger and the effects are much harder to predict.

            They are often sprayed onto dried plant material that looks like herbs or weed. They can also
            come as a liquid for vapes, or soaked into paper (often seen in prisons).
            """),
        "how_taken": _md("""
            - Smoked, often in a joint.
            - Vaped.
            """),
        "how_it_feels": _md("""
            Some people feel relaxed or "zoned out". But it often makes people feel very unwell: confused,
            sick, panicky or paranoid. Some people collapse and cannot move or speak.
            """),
        "duration": _md("""
            The effects come on fast. They may last from minutes to a few hours. It is very hard to predict,
            because the chemicals and their strength change all the time.
            """),
        "detection": _md("""
            This varies. Many standard drug tests do not pick up synthetic cannabinoids, but specialist
            tests can. A test provider can tell you more.
            """),
        "risks_physical": _md(
            """
            - It can make you collapse or become unconscious.
            - It can cause fits, a racing heart, chest pain and being sick.
            - There have been deaths in the UK.
            - Because each batch is different, a small amount can affect you much more than last time.
            """,
            URGENT,
        ),
        "risks_mental": _md("""
            - It can cause panic, paranoia and confusion.
            - It can cause psychosis. This means seeing or hearing things, or believing things that are not
              true.
            - It can make existing mental health problems worse.
            """),
        "cut_with": _md("""
            There are many different synthetic cannabinoids, and they change often. You cannot know which
            one you have or how much is in it.

            Some products sold as cannabis vapes or sweets have been found to contain synthetic
            cannabinoids.
            """),
        "addiction_withdrawal": _md("""
            People can become dependent on synthetic cannabinoids quickly.

            Withdrawal can be hard. People report feeling very anxious and irritable, sweating, being sick,
            not sleeping and having strong cravings. If you use every day, talk to a drug service or your GP
            before you stop. They can help you do it more safely.
            """),
        "law_class": "class_b",
        "law_detail": _law(
            """
            Most synthetic cannabinoids are Class B drugs under the Misuse of Drugs Act 1971. Newer ones
            that are not yet listed are covered by the Psychoactive Substances Act 2016. For Class B, the
            most you can get is:
            """,
            _CLASS_B,
        ),
        "staying_safer": _md("""
            Not using is the safest choice. If you do use:

            - Do not use alone.
            - Use a very small amount first and wait.
            - Do not mix it with alcohol or other drugs.
            - Sit or lie down somewhere safe, away from roads, water and stairs.
            """),
        "worried_about_friend": _md(
            """
            If your friend has collapsed:

            - Check if they are breathing.
            - Put them in the recovery position and stay with them.
            """,
            URGENT,
            """
            If they are panicking, keep calm, talk gently and keep them somewhere quiet and safe.

            If you are worried about their use, local drug services, including services for people who are
            homeless, can help.
            """,
        ),
        "related_categories": [
            "advice-information",
            "housing-homelessness",
            "mental-health-dual-diagnosis",
            "young-people",
            "mutual-aid-peer-support",
        ],
    },
    {
        "name": "Ketamine",
        "slug": "ketamine",
        "other_names": ["ket", "K", "special K", "vitamin K"],
        "substance_type": "dissociatives",
        "summary": "An anaesthetic that makes you feel detached from your body and can damage your bladder.",
        "what_it_is": _md("""
            Ketamine is an anaesthetic. Doctors and vets use it to stop people and animals feeling pain
            during operations.

            It is a dissociative. This means it can make you feel cut off from your body and what is
            around you.

            On the street it is usually a white or off-white powder or crystals.
            """),
        "how_taken": _md("""
            - Most people snort it.
            - Some people swallow it or inject it.
            """),
        "how_it_feels": _md("""
            People describe feeling floaty, relaxed and dreamy. Your body may feel numb or heavy, and it may
            be hard to move or talk.

            Larger amounts can make you feel completely cut off from the world. People call this a "K-hole".
            It can be frightening. You may not know where you are or be able to move.
            """),
        "duration": _md("""
            When snorted, it usually starts within minutes and the main effects often last under an hour.
            You may feel strange or unsteady for some hours after. This varies.
            """),
        "detection": _md("""
            This varies. Urine tests may find it for a few days after use, and longer after heavy use. Not
            all standard tests look for ketamine. A test provider can tell you more.
            """),
        "risks_physical": _md(
            """
            - You may not feel pain, so you can hurt yourself without knowing.
            - You may not be able to move or get help. Accidents and falls are more likely.
            - You may be sick. If you are very drowsy, you could choke.
            - Regular use can badly damage your bladder. Signs include needing to pee often or urgently,
              pain when you pee, and blood in your pee. This can become permanent. If you notice any of
              these, stop using and see a doctor.
            - Some people get strong stomach pains ("K cramps").
            - Mixing it with alcohol or other depressants is more dangerous.
            """,
            URGENT,
        ),
        "risks_mental": _md("""
            - It can cause confusion, panic and frightening experiences.
            - Regular use can affect memory and concentration.
            - It can make low mood and anxiety worse.
            """),
        "cut_with": _md("""
            Street ketamine can vary in strength. Some powder sold as ketamine has been found to contain
            other drugs instead. You cannot tell by looking at it.
            """),
        "addiction_withdrawal": _md("""
            People can become dependent on ketamine. Your body gets used to it, so you may need more to
            feel the same.

            When people stop, they may have cravings, feel low or anxious, and find it hard to sleep.
            Services can help, including with bladder problems.
            """),
        "law_class": "class_b",
        "law_detail": _law(
            """
            Ketamine is a Class B drug under the Misuse of Drugs Act 1971. The most you can get is:
            """,
            _CLASS_B,
        ),
        "staying_safer": _md("""
            Not using is the safest choice. If you do use:

            - Start with a very small amount. Wait before taking more.
            - Use with people you trust, in a safe place. Sit or lie down.
            - Stay away from roads, water, heights and stairs.
            - Do not mix it with alcohol, GHB/GBL, benzodiazepines or opioids.
            - Use your own straw. Do not share.
            - Have breaks between sessions. Watch for bladder problems.
            """),
        "worried_about_friend": _md(
            """
            If your friend is in a "K-hole", they may not be able to move or talk. Keep them safe, talk
            calmly and stay with them. If they are drowsy, put them in the recovery position.
            """,
            URGENT,
            """
            If they use often and mention pain when peeing or stomach pains, encourage them to see a doctor
            and tell them about local drug services.
            """,
        ),
        "related_categories": [
            "advice-information",
            "young-people",
            "mutual-aid-peer-support",
            "mental-health-dual-diagnosis",
            "family-friends",
        ],
    },
    {
        "name": "MDMA (ecstasy)",
        "slug": "mdma",
        "other_names": ["ecstasy", "E", "Mandy", "Molly", "pills", "Ms"],
        "substance_type": "empathogens",
        "summary": "A drug that can make you feel energetic and close to others, with risks of overheating.",
        "what_it_is": _md("""
            MDMA is a drug that gives you energy and can make you feel close to people. It is often called
            ecstasy when it comes as pills.

            - As a powder or crystals, it is often white, grey or brown ("Mandy").
            - As pills, it comes in many colours and shapes, often with a logo.
            """),
        "how_taken": _md("""
            - Pills are swallowed.
            - Powder or crystals are swallowed wrapped in paper ("bombing"), dabbed on the gums, or
              sometimes snorted.
            """),
        "how_it_feels": _md("""
            People describe feeling happy, full of energy and close to others. Music and lights can feel
            stronger.

            It can also make you feel anxious or confused. Your jaw may feel tight and you may grind your
            teeth. In the days after, many people feel low, tired or irritable (a comedown).
            """),
        "duration": _md("""
            It usually takes about 30 minutes to an hour to start working, and sometimes longer. The main
            effects often last a few hours. The comedown can last a few days. This varies.
            """),
        "detection": _md("""
            This varies. Urine tests often find it for about 2 to 4 days after use. Hair tests can show use
            over months. A test provider can tell you more.
            """),
        "risks_physical": _md(
            """
            - MDMA can make your body overheat. This is more likely if you dance for a long time in a hot
              place. Overheating can kill.
            - It can also cause you to drink too much water, which can be dangerous too.
            - It raises your heart rate and blood pressure.
            - Pills and powder can be much stronger than you expect.
            - Mixing it with some antidepressants and other medicines can be very dangerous. Ask a
              pharmacist or FRANK if you take any medicine.
            """,
            URGENT,
        ),
        "risks_mental": _md("""
            - It can cause anxiety, panic and confusion.
            - The comedown can bring low mood for a few days.
            - Regular use may affect memory and mood.
            """),
        "cut_with": _md("""
            - Pills can be very strong. Some contain much more MDMA than others.
            - Pills and powder sold as MDMA may contain other drugs instead, such as cathinones or other
              stimulants. Some of these take longer to work, so people take more, which is risky.

            In some areas you can get drugs tested to find out what is in them. Ask a local service.
            """),
        "addiction_withdrawal": _md("""
            Most people do not become physically dependent on MDMA. Some people find it hard to cut down and
            use it to cope.

            Using often can mean you need more to feel the same, and the comedowns can get worse.
            """),
        "law_class": "class_a",
        "law_detail": _law(
            """
            MDMA is a Class A drug under the Misuse of Drugs Act 1971. The most you can get is:
            """,
            _CLASS_A,
        ),
        "staying_safer": _md("""
            Not using is the safest choice. If you do use:

            - Start low, go slow. Take a small amount, such as a quarter or half of a pill, and wait at least
              two hours before thinking about more. It can take a long time to work.
            - Take regular breaks from dancing to cool down.
            - Sip water, about a pint an hour if you are dancing. Do not drink much more than that.
            - Avoid alcohol. It makes you more dehydrated.
            - Do not mix it with other stimulants or with antidepressants.
            - Stay with friends who know what you have taken.
            """),
        "worried_about_friend": _md(
            """
            If your friend is very hot, confused, stops sweating, or seems very unwell, get help. Tell
            venue staff or first aid. Move them somewhere cooler and stay with them.
            """,
            URGENT,
            """
            Tell the paramedics what your friend took. They are there to help, not to get you in trouble.
            """,
        ),
        "related_categories": [
            "advice-information",
            "young-people",
            "mental-health-dual-diagnosis",
            "family-friends",
        ],
    },
    {
        "name": "Nitrous oxide",
        "slug": "nitrous-oxide",
        "other_names": ["laughing gas", "nos", "noz", "balloons", "whippets", "hippy crack"],
        "substance_type": "dissociatives",
        "summary": "A gas breathed in from balloons that can damage your nerves if used a lot.",
        "what_it_is": _md("""
            Nitrous oxide is a gas. It has real uses in medicine (as pain relief) and in catering (in
            whipped cream).

            It is sold in small silver canisters ("whippets" or "chargers") and in larger cylinders or
            tanks.
            """),
        "how_taken": _md("""
            People fill a balloon with the gas and breathe it in from the balloon.
            """),
        "how_it_feels": _md("""
            People describe feeling light-headed, giggly and relaxed. Sounds may seem strange. Some people
            get a headache or feel sick or dizzy.
            """),
        "duration": _md("""
            The effects start straight away and usually last only a minute or two.
            """),
        "detection": _md("""
            Nitrous oxide leaves the body very quickly. It is not usually part of standard drug tests. A
            test provider can tell you more.
            """),
        "risks_physical": _md(
            """
            - It can make you dizzy or faint, so you may fall and hurt yourself.
            - Breathing it in without enough air can starve you of oxygen. This can kill. Never breathe it
              in with a bag over your head or in a closed space, such as a car.
            - Breathing it straight from a canister or cylinder is dangerous. The gas is very cold and under
              pressure. It can burn your lips, mouth and lungs.
            - Using a lot, or often, can stop vitamin B12 working in your body. This can damage your nerves
              and spinal cord. Signs include tingling or numbness in your hands or feet, weak legs and
              trouble walking. Some damage may be permanent. If you notice any of this, stop using and see a
              doctor soon.
            - Do not drive after using it.
            """,
            URGENT,
        ),
        "risks_mental": _md("""
            - It can make you feel confused or panicky for a short time.
            - Some people who use a lot have reported low mood, paranoia or seeing and hearing things.
            """),
        "cut_with": _md("""
            Nitrous oxide is not usually cut with other drugs. Large cylinders hold much more gas and make
            it easier to use a lot in one go.
            """),
        "addiction_withdrawal": _md("""
            Some people find it hard to stop using nitrous oxide, especially when they use a lot. If you are
            finding it hard to cut down, a local drug service can help.
            """),
        "law_class": "class_c",
        "law_detail": _law(
            """
            Since November 2023, nitrous oxide has been a Class C drug under the Misuse of Drugs Act 1971.
            It is illegal to have it if you mean to breathe it in to get high. It is still legal for real
            uses, such as in catering, medicine and industry. The most you can get is:
            """,
            _CLASS_C,
        ),
        "staying_safer": _md("""
            Not using is the safest choice. If you do use:

            - Only breathe it in from a balloon. Never straight from a canister or cylinder.
            - Sit down while you use it.
            - Breathe normal air in between balloons.
            - Never use a bag over your head or use it in a small, closed space.
            - Do not use a lot, or often. Stop and see a doctor if you get tingling or numbness.
            - Do not drive or use it near roads or water.
            """),
        "worried_about_friend": _md(
            """
            If your friend faints, help them lie on their side and make sure they get fresh air. Stay with
            them.
            """,
            URGENT,
            """
            If they use a lot and say their hands or feet feel numb or tingly, or they have trouble
            walking, encourage them to stop and see a doctor soon. This can be treated, and getting help
            early matters.
            """,
        ),
        "related_categories": [
            "advice-information",
            "young-people",
            "family-friends",
        ],
    },
    {
        "name": "Benzodiazepines",
        "slug": "benzodiazepines",
        "other_names": ["benzos", "vallies", "blues", "Xanax", "xannies", "bars", "downers"],
        "substance_type": "depressants",
        "summary": "Calming medicines, also sold as fake street pills, that can cause overdose when mixed.",
        "what_it_is": _md("""
            Benzodiazepines are medicines that calm you down and help with sleep. Doctors sometimes
            prescribe them for a short time for anxiety or sleep problems, or to help people stop drinking.
            Diazepam is one example.

            "Street benzos" are pills sold without a prescription. They often look like real medicines,
            but many are fake and contain something else.
            """),
        "how_taken": _md("""
            - Most people swallow them as pills.
            - Some people inject them. This is very risky.
            """),
        "how_it_feels": _md("""
            People describe feeling calm, relaxed and sleepy. Worries may feel further away.

            Larger amounts can make you very drowsy and confused. You may forget what happened.
            """),
        "duration": _md("""
            It depends on which benzodiazepine it is. Some work for a few hours. Others stay in your body
            for a day or more. Street benzos are hard to predict.
            """),
        "detection": _md("""
            This varies a lot between types. Some can be found in urine for a few days. Longer-acting ones,
            or regular use, can be found for weeks. A test provider can tell you more.
            """),
        "risks_physical": _md(
            """
            - Mixing them with alcohol, opioids (such as heroin or methadone) or GHB/GBL can stop your
              breathing. This is a common cause of drug deaths.
            - Being very drowsy makes falls and accidents more likely.
            - Street benzos can be much stronger than they look.
            - Injecting them can cause serious damage to veins and limbs.
            """,
            URGENT,
        ),
        "risks_mental": _md("""
            - They can cause memory loss and blackouts.
            - Some people act out of character or take risks they do not remember.
            - Regular use can make anxiety and low mood worse over time.
            """),
        "cut_with": _md("""
            Street benzos are a big concern in the UK:

            - Many pills sold as diazepam or Xanax are fake.
            - They may contain stronger, newer benzodiazepines (sometimes called "designer benzos").
            - Some fake benzo pills have been found to contain **nitazenes**, very strong man-made opioids.
              These have caused deaths.

            You cannot tell what is in a pill by looking at it.
            """),
        "addiction_withdrawal": _md("""
            You can become dependent on benzodiazepines, sometimes within a few weeks of taking them every
            day.

            If you take them every day, **do not stop suddenly**. This can cause anxiety, shaking, trouble
            sleeping, and sometimes fits, which can be dangerous. Talk to your GP or a drug service. They can
            help you cut down slowly and safely.
            """),
        "law_class": "class_c",
        "law_detail": _law(
            """
            Most benzodiazepines are Class C drugs under the Misuse of Drugs Act 1971. It is legal to have
            them if a doctor prescribed them to you. It is illegal to have them without a prescription, or
            to give or sell them to anyone else, even your own prescription. The most you can get is:
            """,
            _CLASS_C,
        ),
        "staying_safer": _md(
            """
            - Only take benzos prescribed to you, as the prescriber told you.
            - Do not mix them with alcohol, opioids or GHB/GBL.
            - If you use street benzos, take a very small amount first and do not use alone. They may
              contain nitazenes.
            - Do not drive.
            - Do not stop suddenly if you take them every day. Get advice first.
            """,
            _NALOXONE,
        ),
        "worried_about_friend": _md(
            """
            If your friend is very sleepy and hard to wake, or their breathing is slow, call 999. Give
            naloxone if you have it, in case there are opioids in the pills. Put them in the recovery
            position and stay with them.
            """,
            URGENT,
            """
            If they take benzos every day, encourage them to talk to a GP or drug service before stopping.
            """,
        ),
        "related_categories": [
            "advice-information",
            "naloxone",
            "detox",
            "mental-health-dual-diagnosis",
            "mutual-aid-peer-support",
            "family-friends",
        ],
    },
    {
        "name": "Methadone",
        "slug": "methadone",
        "other_names": ["juice", "green", "linctus"],
        "substance_type": "opioids",
        "summary": "A prescribed medicine that helps people who are dependent on heroin or other opioids.",
        "what_it_is": _md("""
            Methadone is an opioid medicine. Doctors prescribe it to people who are dependent on heroin or
            other opioids. It is also called opioid substitution treatment.

            It stops withdrawal and cravings, so you do not need to use street opioids. This lowers your
            risk of overdose and infections, and can give you space to sort out other parts of your life.

            It usually comes as a green liquid, and sometimes as tablets.
            """),
        "how_taken": _md("""
            It is swallowed once a day. At first, you may take it at a pharmacy while the pharmacist watches
            (supervised consumption). Later you may be able to take some doses home.
            """),
        "how_it_feels": _md("""
            At the right dose, most people do not feel high. They feel "normal" and free from withdrawal.

            Too much can make you very sleepy. Side effects can include sweating, constipation and a dry
            mouth.
            """),
        "duration": _md("""
            Methadone works for a long time. One dose usually lasts about a day. It builds up in your body
            over the first days of treatment, which is why doses are increased slowly.
            """),
        "detection": _md("""
            This varies. Urine tests can usually find methadone for several days after use, and longer after
            regular use. Your treatment service may test for it as part of your care.
            """),
        "risks_physical": _md(
            """
            - Methadone can cause overdose, especially in the first weeks of treatment, if the dose goes up
              too fast, or if you mix it with other drugs.
            - Mixing it with alcohol, benzodiazepines, GHB/GBL, heroin or other opioids can stop your
              breathing.
            - A small amount can kill a child or someone who does not take opioids. Always keep it locked
              away.
            - At high doses it can affect your heart rhythm. Your prescriber may check this.
            - It can cause constipation and tooth decay. See a dentist regularly.
            """,
            URGENT,
        ),
        "risks_mental": _md("""
            - Some people feel low or flat on methadone. Tell your keyworker or prescriber. They can help.
            - Feeling stable on methadone can make it easier to deal with mental health problems.
            """),
        "cut_with": _md("""
            Methadone from a pharmacy is not cut with anything.

            Methadone bought on the street may not be what you think it is, or it may be stronger or weaker
            than you expect.
            """),
        "addiction_withdrawal": _md("""
            Your body becomes dependent on methadone. This is expected and is part of how the treatment
            works.

            Stopping suddenly causes withdrawal, which can feel like a bad flu and may last longer than
            heroin withdrawal. If you want to come off methadone, your prescriber can help you reduce it
            slowly, at a pace that works for you.

            If you miss several doses, speak to your prescriber or pharmacist before you take it again. Your
            body may no longer be used to your usual dose.
            """),
        "law_class": "class_a",
        "law_detail": _law(
            """
            Methadone is a Class A drug under the Misuse of Drugs Act 1971.

            - It is legal to have methadone that is prescribed to you.
            - It is illegal to have methadone without a prescription.
            - It is illegal to give or sell your methadone to anyone else.

            The most you can get is:
            """,
            _CLASS_A,
        ),
        "staying_safer": _md(
            """
            - Take your dose as prescribed. Do not top up with other opioids.
            - Do not mix it with alcohol, benzodiazepines or GHB/GBL.
            - Keep take-home doses in a locked box, out of reach of children.
            - Tell your prescriber about any other medicines you take.
            - If you miss doses, talk to your prescriber or pharmacist before taking it again.
            """,
            _NALOXONE,
        ),
        "worried_about_friend": _md(
            """
            If your friend is very sleepy or hard to wake, or their breathing is slow or noisy, call 999.
            Give naloxone if you have it. Put them in the recovery position and stay with them.
            """,
            URGENT,
            """
            If a child may have swallowed methadone, even a small amount, call 999 straight away.
            """,
        ),
        "related_categories": [
            "substitute-prescribing",
            "naloxone",
            "detox",
            "advice-information",
            "mutual-aid-peer-support",
            "family-friends",
        ],
    },
    {
        "name": "Buprenorphine",
        "slug": "buprenorphine",
        "other_names": ["bupe", "subs", "Subutex", "Espranor", "Buvidal"],
        "substance_type": "opioids",
        "summary": "A prescribed medicine that helps people who are dependent on heroin or other opioids.",
        "what_it_is": _md("""
            Buprenorphine is an opioid medicine. Doctors prescribe it to people who are dependent on heroin
            or other opioids, as another choice to methadone.

            It stops withdrawal and cravings and lowers the risk of overdose. It also blocks some of the
            effect of other opioids.

            It comes as tablets that dissolve under your tongue, wafers that melt on your tongue, or a
            long-acting injection given by a nurse or doctor. Some tablets also contain naloxone.
            """),
        "how_taken": _md("""
            - Tablets are put under your tongue until they dissolve. Wafers melt on your tongue. Do not
              swallow or chew them, because they will not work as well.
            - The injection is given by a nurse or doctor, usually once a week or once a month.
            """),
        "how_it_feels": _md("""
            At the right dose, most people feel "normal" and clear-headed, without withdrawal. Many people
            say they feel less sleepy than on methadone.

            Side effects can include headaches, feeling sick, constipation, sweating and trouble sleeping.
            """),
        "duration": _md("""
            A dose of tablets or wafers usually lasts about a day, and sometimes longer. The injection lasts
            for a week or a month, depending on the type.
            """),
        "detection": _md("""
            This varies. Urine tests can usually find it for several days after use, and longer after
            regular use. Not all standard tests look for it. Your treatment service may test for it as
            part of your care.
            """),
        "risks_physical": _md(
            """
            - If you take your first dose too soon after heroin or methadone, it can push you into sudden,
              strong withdrawal. Your prescriber will tell you when to start.
            - It is less likely than methadone to stop your breathing on its own. But mixing it with
              alcohol, benzodiazepines or GHB/GBL can still cause a fatal overdose.
            - Using heroin on top of it is risky. You may take more heroin to feel it, and overdose when
              the buprenorphine wears off.
            - It can kill a child. Keep it locked away.
            """,
            URGENT,
        ),
        "risks_mental": _md("""
            - Some people feel low or anxious when starting or changing dose. Tell your prescriber.
            - Feeling stable can make it easier to deal with mental health problems.
            """),
        "cut_with": _md("""
            Buprenorphine from a pharmacy or clinic is not cut with anything. Tablets bought on the street
            may not be what they seem.
            """),
        "addiction_withdrawal": _md("""
            Your body becomes dependent on buprenorphine. This is expected and is part of how the treatment
            works.

            Stopping suddenly causes withdrawal, which may be milder than with methadone but can last a
            while. Your prescriber can help you reduce slowly when you are ready.
            """),
        "law_class": "class_c",
        "law_detail": _law(
            """
            Buprenorphine is a Class C drug under the Misuse of Drugs Act 1971.

            - It is legal to have buprenorphine that is prescribed to you.
            - It is illegal to have it without a prescription.
            - It is illegal to give or sell your buprenorphine to anyone else.

            The most you can get is:
            """,
            _CLASS_C,
        ),
        "staying_safer": _md(
            """
            - Take it as prescribed, under your tongue, until it has fully dissolved.
            - Do not mix it with alcohol, benzodiazepines or GHB/GBL.
            - Do not use heroin or other opioids on top of it.
            - Keep take-home doses locked away from children.
            - Only switch between methadone and buprenorphine with your prescriber's help.
            """,
            _NALOXONE,
        ),
        "worried_about_friend": _md(
            """
            If your friend is very sleepy or hard to wake, or their breathing is slow, call 999. Give
            naloxone if you have it. Put them in the recovery position and stay with them.
            """,
            URGENT,
        ),
        "related_categories": [
            "substitute-prescribing",
            "naloxone",
            "detox",
            "advice-information",
            "mutual-aid-peer-support",
            "family-friends",
        ],
    },
    {
        "name": "Amphetamine",
        "slug": "amphetamine",
        "other_names": ["speed", "whizz", "billy", "base", "paste", "phet"],
        "substance_type": "stimulants",
        "summary": "A stimulant powder or paste that keeps you awake and puts a strain on the heart.",
        "what_it_is": _md("""
            Amphetamine is a stimulant. It speeds up your body and brain.

            On the street it is usually called speed. It is often an off-white, pink or yellowish powder,
            or a damp paste ("base"). It can also be a pill.
            """),
        "how_taken": _md("""
            - Snorted.
            - Swallowed, often wrapped in paper ("bombing") or mixed in a drink.
            - Rubbed on the gums.
            - Some people inject it.
            """),
        "how_it_feels": _md("""
            People describe feeling awake, alert, confident and full of energy. You may not feel hungry or
            tired.

            It can also make you feel anxious, irritable or paranoid. Afterwards, many people feel very
            tired, low and hungry (a comedown).
            """),
        "duration": _md("""
            The effects can last several hours, and it can be hard to sleep for a long time after. The
            comedown can last a day or two. This varies.
            """),
        "detection": _md("""
            This varies. Urine tests often find it for about 2 to 4 days after use. Hair tests can show use
            over months. A test provider can tell you more.
            """),
        "risks_physical": _md(
            """
            - It raises your heart rate and blood pressure. It can cause heart problems, a stroke or fits.
            - Not sleeping or eating for a long time wears your body down.
            - It can make you overheat and become dehydrated.
            - Injecting can cause infections, abscesses and damaged veins. Sharing equipment can spread
              HIV and hepatitis.
            """,
            URGENT,
        ),
        "risks_mental": _md("""
            - It can cause anxiety, panic and paranoia.
            - Heavy use, and going without sleep, can cause psychosis. This means seeing or hearing things,
              or believing things that are not true.
            - The comedown can bring very low mood.
            """),
        "cut_with": _md("""
            Street speed is often weak and mixed with things like sugars or caffeine. Strength varies a lot
            from one batch to the next.
            """),
        "addiction_withdrawal": _md("""
            You can become dependent on amphetamine. You may need more to feel the same.

            When people stop after using a lot, they often feel very tired, low and hungry, sleep a lot, and
            have cravings. This can last for days or weeks.
            """),
        "law_class": "class_b",
        "law_detail": _law(
            """
            Amphetamine is a Class B drug under the Misuse of Drugs Act 1971. If it is prepared for
            injecting, it counts as Class A. For Class B, the most you can get is:
            """,
            _CLASS_B,
        ),
        "staying_safer": _md("""
            Not using is the safest choice. If you do use:

            - Start with a small amount. Strength varies.
            - Do not mix it with other stimulants or alcohol.
            - Eat, sip water and take breaks.
            - Try to get some sleep.
            - If you inject, use new, sterile equipment every time and never share it.
            """),
        "worried_about_friend": _md(
            """
            If your friend is very hot, confused or paranoid, or has chest pain, get help.
            """,
            URGENT,
            """
            If they are anxious, take them somewhere calm and quiet and stay with them.
            """,
        ),
        "related_categories": [
            "advice-information",
            "needle-syringe-exchange",
            "mental-health-dual-diagnosis",
            "mutual-aid-peer-support",
            "family-friends",
        ],
    },
    {
        "name": "GHB and GBL",
        "slug": "ghb-gbl",
        "other_names": ["G", "Gina", "liquid ecstasy", "GBH"],
        "substance_type": "depressants",
        "summary": "Liquids that slow the body down, where a tiny extra amount can cause an overdose.",
        "what_it_is": _md("""
            GHB and GBL are depressants. They slow down your body and brain. GBL turns into GHB in your
            body. GBL is stronger and works faster.

            They are usually a clear, oily liquid with no colour. GHB can also be a powder. GBL is an
            industrial chemical and can burn your mouth and throat if it is not mixed with a drink.
            """),
        "how_taken": _md("""
            Swallowed, usually in very small amounts. People often measure it with a syringe or a
            dropper and mix it with a soft drink.
            """),
        "how_it_feels": _md("""
            People describe feeling relaxed, happy, sociable and less shy. It can make you feel more
            interested in sex.

            A little more can make you very sleepy, confused and sick. You may pass out suddenly ("going
            under").
            """),
        "duration": _md("""
            It usually starts within about 10 to 20 minutes, and sooner with GBL. The effects can last a
            few hours. This varies with the amount and the person.
            """),
        "detection": _md("""
            GHB leaves the body quickly. Standard tests usually only find it for a short time after use,
            often hours rather than days. It varies, and specialist tests may find it for longer. A test
            provider can tell you more.
            """),
        "risks_physical": _md(
            """
            - The amount that gets you high is very close to the amount that causes an overdose. A tiny
              bit more can make you pass out or stop breathing.
            - Mixing it with alcohol, benzodiazepines, ketamine or opioids is very dangerous.
            - Taking more too soon, before the first amount has fully worked, is a common cause of
              overdose.
            - People can choke on their own sick when they pass out.
            - GHB and GBL have been used to spike people and commit sexual assault.
            """,
            URGENT,
        ),
        "risks_mental": _md("""
            - It can cause confusion, memory loss and blackouts.
            - Some people feel anxious or low after using, especially after a long session.
            """),
        "cut_with": _md("""
            Strength varies a lot, and GBL is much stronger than GHB. You often cannot tell which one you
            have. The same amount as last time may affect you much more.
            """),
        "addiction_withdrawal": _md("""
            People can become dependent on GHB or GBL, sometimes quickly, especially if they take it often
            through the day and night.

            Withdrawal can be **very dangerous**. It can start within hours of the last dose and can cause
            shaking, sweating, anxiety, confusion, seeing or hearing things, and fits. It can kill.

            If you use often, **do not stop suddenly on your own**. Get medical help from a drug service,
            your GP or A&E. They can help you stop safely.
            """),
        "law_class": "class_b",
        "law_detail": _law(
            """
            Since April 2022, GHB and GBL have been Class B drugs under the Misuse of Drugs Act 1971. GBL
            has legal uses in industry, but having or selling it for people to take is against the law.
            The most you can get is:
            """,
            _CLASS_B,
        ),
        "staying_safer": _md("""
            Not using is the safest choice. If you do use:

            - Measure every dose carefully with a syringe or dropper. Never drink it straight from a bottle.
            - Always mix it with a soft drink.
            - Write down the time of each dose, or set a timer. Leave a long gap before taking more.
            - Do not mix it with alcohol or other drugs.
            - Use with people you trust, who know what you have taken and how to help.
            - Keep it in a marked bottle so nobody drinks it by mistake.
            - If you have sex when using, make sure everyone can give and take back consent.
            """),
        "worried_about_friend": _md(
            """
            If your friend has passed out and you cannot wake them, or their breathing is slow or noisy,
            put them in the recovery position and call 999. Stay with them. Do not try to wake them with
            stimulants or cold water.
            """,
            URGENT,
            """
            If they use often and want to stop, tell them not to do it on their own. Medical help can make
            it much safer. Sexual health clinics and chemsex support services can also help.
            """,
        ),
        "related_categories": [
            "advice-information",
            "detox",
            "mutual-aid-peer-support",
            "mental-health-dual-diagnosis",
            "family-friends",
        ],
    },
    {
        "name": "Novel psychoactive substances",
        "slug": "novel-psychoactive-substances",
        "other_names": ["NPS", "legal highs", "research chemicals", "RCs", "bath salts"],
        "substance_type": "nps",
        "summary": "Newer drugs made to copy the effects of other drugs, with unknown contents and risks.",
        "what_it_is": _md("""
            Novel psychoactive substances (NPS) are newer drugs made to copy the effects of drugs such as
            cannabis, cocaine, ecstasy or benzodiazepines. They used to be called "legal highs", but most
            are now illegal to sell.

            They come as powders, pills, liquids, or herbs sprayed with chemicals. They are sometimes sold
            in packets with bright names and labels like "not for human consumption".
            """),
        "how_taken": _md("""
            It depends on the drug. They may be swallowed, snorted, smoked, vaped or injected.
            """),
        "how_it_feels": _md("""
            It depends on the drug. Some act like stimulants, some like cannabis, some like sedatives and
            some cause hallucinations. The same packet can feel very different from one time to the next.
            """),
        "duration": _md("""
            It depends on the drug and the amount. It can be much longer or shorter than you expect.
            """),
        "detection": _md("""
            It varies a lot. Many standard drug tests do not look for NPS, but specialist tests may find
            them. A test provider can tell you more.
            """),
        "risks_physical": _md(
            """
            - You cannot know what is in them or how strong they are.
            - Many have had very little research, so the risks are not well known.
            - They have been linked to heart problems, fits, overheating, collapse and deaths.
            - Mixing them with alcohol or other drugs adds to the risks.
            """,
            URGENT,
        ),
        "risks_mental": _md("""
            - They can cause panic, paranoia, confusion and psychosis.
            - They can make existing mental health problems worse.
            """),
        "cut_with": _md("""
            The label often does not match what is inside. A packet with the same name may contain a
            different drug each time. Some have been found to contain strong drugs such as synthetic
            cannabinoids or nitazenes.
            """),
        "addiction_withdrawal": _md("""
            Some NPS can cause dependence and withdrawal, depending on the drug. If you use often and want
            to stop, talk to a drug service first.
            """),
        "law_class": "psychoactive_substances_act",
        "law_detail": _md("""
            The Psychoactive Substances Act 2016 covers drugs that get people high and are not controlled
            by other laws. It is illegal to make, sell, give away, import or export them. Some things are
            exempt, such as alcohol, tobacco and caffeine.

            - Making or supplying them: up to 7 years in prison, an unlimited fine, or both.
            - Having them for yourself is not an offence under this Act, except in prison.

            Many NPS are now controlled under the Misuse of Drugs Act 1971. Then the penalties for their
            class apply, which can be higher, and having them for yourself is an offence.
            """),
        "staying_safer": _md("""
            Not using is the safest choice. If you do use:

            - Do not use alone.
            - Try a very small amount first and wait a long time before taking more.
            - Do not mix with alcohol or other drugs.
            - Do not trust the name or label on the packet.
            - Ask FRANK on 0300 123 6600 or a local service for advice.
            """),
        "worried_about_friend": _md(
            """
            If your friend is unwell after taking an NPS, stay with them. Keep the packet if you can and
            show it to the paramedics.
            """,
            URGENT,
        ),
        "related_categories": [
            "advice-information",
            "young-people",
            "mental-health-dual-diagnosis",
            "housing-homelessness",
            "family-friends",
        ],
    },
    {
        "name": "Nicotine vapes",
        "slug": "nicotine-vapes",
        "other_names": ["vape", "e-cigarette", "e-cig", "disposable", "pod"],
        "substance_type": "other",
        "summary": "Devices that heat a nicotine liquid. Much less harmful than smoking, but not risk-free.",
        "what_it_is": _md("""
            A vape, or e-cigarette, heats a liquid into a vapour that you breathe in. The liquid usually
            contains nicotine, the drug in tobacco that keeps people coming back.

            Vapes do not contain tobacco and do not produce smoke. For adults who smoke, switching fully to
            vaping is much less harmful than smoking. But vaping is not risk-free, and it is not for
            children, young people or people who do not smoke.
            """),
        "how_taken": _md("""
            You breathe in the vapour through the mouthpiece.
            """),
        "how_it_feels": _md("""
            Nicotine can make you feel alert and relaxed at the same time. When people are used to it, they
            may feel edgy or irritable until they vape again.

            Too much nicotine can make you feel dizzy, sick or give you a headache.
            """),
        "duration": _md("""
            The effects of nicotine wear off quickly, often within an hour or so, which is why people vape
            often.
            """),
        "detection": _md("""
            This varies. Tests that look for nicotine or what it breaks down into can often find it for a
            few days after use, and longer in people who vape a lot. A test provider can tell you more.
            """),
        "risks_physical": _md("""
            - Nicotine is not what causes most of the harm from smoking. But vaping is newer, and its
              long-term effects are not yet fully known.
            - Vaping can cause a sore throat, a cough and headaches.
            - Illegal vapes can contain too much nicotine or harmful metals.
            - Vape liquid can poison children and pets if they swallow it. Keep it out of reach.
            - Damaged batteries or the wrong charger can cause fires.
            """),
        "risks_mental": _md("""
            - Nicotine is very easy to become dependent on, especially for young people.
            - Needing to vape can make you feel anxious or irritable between vapes.
            """),
        "cut_with": _md("""
            Legal vapes sold in the UK must meet rules on nicotine strength and tank size. Illegal or fake
            vapes may not.

            Some vapes sold as "THC vapes" or cannabis vapes, including some sold to young people, have been
            found to contain **synthetic cannabinoids** (spice), which can be very dangerous.
            """),
        "addiction_withdrawal": _md("""
            Nicotine is very easy to become dependent on. When you stop, you may feel irritable, restless
            and hungry, find it hard to concentrate, and have cravings. This usually gets better over a few
            weeks.

            Free NHS stop smoking services can help you stop smoking. For help to stop vaping, ask your GP
            or a pharmacist.
            """),
        "law_class": "age_restricted",
        "law_detail": _md("""
            - It is against the law to sell nicotine vapes or vape liquids to anyone under 18.
            - It is against the law for an adult to buy them for someone under 18.
            - Since June 2025, shops in England cannot sell single-use (disposable) vapes.
            - Vapes sold in the UK must follow rules on nicotine strength, tank size and labelling.
            """),
        "staying_safer": _md("""
            - If you do not smoke, do not start vaping.
            - If you smoke, switching fully to vaping is much less harmful. Try to stop smoking completely.
            - Buy from proper shops, not from unknown sellers or social media.
            - Use the right charger and do not leave vapes charging unattended.
            - Keep vapes and liquids away from children and pets.
            """),
        "worried_about_friend": _md(
            """
            If a young person you know vapes, try to talk calmly, without shouting or punishment. Ask what
            they like about it and how they feel about it. Let them know a GP or pharmacist can help if
            they want to stop.

            If a vape made someone feel very ill, confused or collapse, it may have contained something
            else, such as spice.
            """,
            URGENT,
        ),
        "related_categories": [
            "advice-information",
            "young-people",
            "family-friends",
        ],
    },
]

_BREATHING = "Both slow your breathing, and together they can stop it. This is a common cause of drug deaths."

# (slug_a, slug_b, level, note): each unordered pair once; the pages show it on both substances.
MIXING: list[tuple[str, str, str, str]] = [
    ("heroin", "alcohol", "dangerous", _BREATHING),
    ("heroin", "benzodiazepines", "dangerous", _BREATHING),
    ("heroin", "ghb-gbl", "dangerous", _BREATHING),
    (
        "heroin",
        "methadone",
        "dangerous",
        "Heroin on top of methadone adds one opioid to another and greatly raises the risk of overdose.",
    ),
    (
        "heroin",
        "buprenorphine",
        "high_risk",
        "Buprenorphine blocks some of the effect of heroin, so people may take more. When the buprenorphine "
        "wears off, that amount of heroin can cause an overdose.",
    ),
    (
        "heroin",
        "crack-cocaine",
        "dangerous",
        "Crack can hide how strong the heroin is. When the crack wears off, the heroin can cause an "
        "overdose. Both also strain the body in different ways.",
    ),
    (
        "heroin",
        "cocaine",
        "dangerous",
        "Cocaine can hide how strong the heroin is. When the cocaine wears off, the heroin can cause an "
        "overdose.",
    ),
    (
        "heroin",
        "ketamine",
        "high_risk",
        "Both can make you very drowsy. You may be sick and choke, or your breathing may slow down too much.",
    ),
    ("methadone", "alcohol", "dangerous", _BREATHING),
    ("methadone", "benzodiazepines", "dangerous", _BREATHING),
    ("methadone", "ghb-gbl", "dangerous", _BREATHING),
    (
        "methadone",
        "buprenorphine",
        "caution",
        "Starting buprenorphine too soon after methadone can cause sudden, strong withdrawal. Only switch "
        "with your prescriber's help.",
    ),
    (
        "buprenorphine",
        "alcohol",
        "dangerous",
        "Buprenorphine is less likely to stop your breathing on its own, but with alcohol it can. "
        "People have died from this mix.",
    ),
    (
        "buprenorphine",
        "benzodiazepines",
        "dangerous",
        "Buprenorphine is less likely to stop your breathing on its own, but with benzodiazepines it can. "
        "People have died from this mix.",
    ),
    ("buprenorphine", "ghb-gbl", "dangerous", _BREATHING),
    ("alcohol", "benzodiazepines", "dangerous", _BREATHING),
    (
        "alcohol",
        "ghb-gbl",
        "dangerous",
        "Even a small amount of alcohol makes GHB or GBL much stronger. You can pass out, be sick and "
        "choke, or stop breathing.",
    ),
    ("benzodiazepines", "ghb-gbl", "dangerous", _BREATHING),
    (
        "cocaine",
        "alcohol",
        "high_risk",
        "Together they make a chemical called cocaethylene in your body. It is harder on your heart and "
        "liver than either drug alone.",
    ),
    (
        "crack-cocaine",
        "alcohol",
        "high_risk",
        "Together they make a chemical called cocaethylene in your body. It is harder on your heart and "
        "liver than either drug alone.",
    ),
    (
        "cocaine",
        "mdma",
        "high_risk",
        "Both are stimulants. Together they put more strain on your heart and raise the risk of overheating.",
    ),
    (
        "cocaine",
        "amphetamine",
        "high_risk",
        "Both are stimulants. Together they put more strain on your heart and can cause anxiety and "
        "paranoia.",
    ),
    (
        "mdma",
        "amphetamine",
        "high_risk",
        "Both are stimulants. Together they put more strain on your heart and raise the risk of overheating.",
    ),
    (
        "mdma",
        "alcohol",
        "caution",
        "Both can dry you out and make you overheat. Alcohol can also hide how much MDMA is affecting you.",
    ),
    (
        "amphetamine",
        "alcohol",
        "caution",
        "Speed can hide how drunk you are, so you may drink more than you mean to. Both put strain on your "
        "heart.",
    ),
    (
        "ketamine",
        "alcohol",
        "high_risk",
        "Both can make you drowsy, sick and unsteady. You may be sick while very drowsy and choke.",
    ),
    (
        "ketamine",
        "benzodiazepines",
        "high_risk",
        "Both can make you very drowsy. You may pass out, be sick and choke, or your breathing may slow.",
    ),
    (
        "ketamine",
        "ghb-gbl",
        "dangerous",
        "Together they can make you pass out suddenly, be sick and choke, or stop breathing.",
    ),
    (
        "nitrous-oxide",
        "alcohol",
        "caution",
        "Together they can make you very dizzy, faint or sick, so falls and accidents are more likely.",
    ),
    (
        "cannabis",
        "alcohol",
        "caution",
        'Together they can make you feel very sick, dizzy or faint (a "whitey"), even if you are used to '
        "one of them.",
    ),
    (
        "synthetic-cannabinoids",
        "alcohol",
        "high_risk",
        "Both can make you collapse or be sick. Together this is harder to predict, and you could choke.",
    ),
]
