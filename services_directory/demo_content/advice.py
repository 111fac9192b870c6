"""Demo content: to be reviewed by a clinician before publication.

Advice pages as plain data for the demo loader. Each body is markdown.
"""

from textwrap import dedent


def _md(text: str) -> str:
    """Markdown written indented in this file, returned without the indent."""
    return dedent(text).strip()


ADVICE_PAGES: list[dict] = [
    {
        "slug": "overdose",
        "title": "What to do in an overdose",
        "summary": "How to tell if someone may be overdosing, and what to do until the ambulance comes.",
        "order": 1,
        "body": _md("""
            ## Call 999 now

            If someone is unconscious, is having trouble breathing, is having a fit or has chest pain,
            **call 999 straight away**. Ask for an ambulance.

            **Stay with them.** Do not leave them alone, even for a short time.

            The 999 call handler will tell you what to do. Stay on the phone and follow what they say.

            ## How to tell it may be an overdose

            Signs depend on what the person has taken. If you are not sure, call 999 anyway.

            ### Opioids

            This includes heroin, methadone, buprenorphine, nitazenes, and some fake street pills.

            - They are very sleepy, or you cannot wake them.
            - Their breathing is slow or shallow, or has stopped.
            - They are making loud snoring or gurgling sounds.
            - Their lips or fingertips look blue or grey.
            - Their pupils (the black centre of the eyes) are very small.

            ### Stimulants

            This includes cocaine, crack, speed (amphetamine) and MDMA (ecstasy).

            - They have chest pain, or their heart is racing.
            - They are very hot, or have stopped sweating.
            - They are having a fit.
            - They are very confused, panicky or paranoid, or are seeing or hearing things.
            - They have a very bad headache, or one side of their face or body is weak.

            ### Depressants

            This includes alcohol, benzodiazepines ("benzos") and GHB or GBL.

            - They are very sleepy, or you cannot wake them.
            - Their breathing is slow, noisy or has stopped.
            - They are being sick while very drowsy.
            - Their skin is cold, pale or clammy.
            - With GHB or GBL, people can pass out very suddenly.

            Many people take more than one drug, so the signs can be mixed.

            ## What to do, step by step

            1. **Call 999** and ask for an ambulance.
            2. **Give naloxone** if you have it and opioids might be involved. If you are not sure, give it
               anyway. It will not harm someone who has not taken opioids.
            3. If they are breathing, **put them in the recovery position** (see below).
            4. If they are not breathing, the 999 call handler will tell you how to do chest compressions
               (CPR).
            5. **Stay with them** until the ambulance arrives. Keep checking their breathing.
            6. If they are very hot after taking stimulants, move them somewhere cooler and loosen tight
               clothes. If they are panicky, keep them calm and somewhere quiet.

            ## The recovery position

            Use this if the person is unconscious but breathing. It helps keep their airway open and stops
            them choking if they are sick.

            1. Kneel on the floor next to them. They should be lying on their back.
            2. Take the arm nearest to you. Put it out at a right angle to their body, with the elbow bent
               and the palm facing up.
            3. Bring their other arm across their chest. Hold the back of that hand against their cheek
               nearest to you.
            4. With your other hand, bend their far knee up, so their foot is flat on the floor.
            5. Pull gently on the bent knee to roll them towards you, onto their side. Keep their hand
               against their cheek.
            6. Move the top leg so the hip and knee are bent at right angles. This stops them rolling
               over.
            7. Gently tilt their head back and lift their chin, so they can breathe easily. Check nothing is
               blocking their mouth.
            8. Stay with them and keep checking they are still breathing.

            If they stop breathing, call 999 again straight away. The call handler will help you.

            ## Naloxone

            ### What it is

            Naloxone is a medicine that can reverse an opioid overdose for a short time. It comes as an
            injection into a muscle or as a nasal spray. Each kit has simple instructions.

            Naloxone wears off, often faster than the opioids. The person can slip back into an overdose.
            **They still need an ambulance, even if they wake up.**

            Some very strong opioids, such as nitazenes, may need more than one dose. Follow the
            instructions in the kit. Naloxone does not work on alcohol, benzos, GHB or xylazine, but give
            it anyway if opioids might be involved.

            ### How to get a free kit

            In the UK, you can get a free naloxone kit and short training from:

            - drug and alcohol treatment services
            - needle and syringe exchanges
            - many pharmacies

            You do not need to be in treatment. Family members, friends and carers can often get a kit too.
            Your local drug service can tell you where to get one near you.

            ## What not to do

            - Do not leave them alone.
            - Do not give them anything to "bring them round", such as other drugs, salt water, coffee or
              food.
            - Do not put them in a cold bath or shower.
            - Do not try to walk them around or make them sick.
            - Do not let them "sleep it off" on their back.

            ## Tell the paramedics what was taken

            When the ambulance arrives, tell the crew what the person took, how much and when, if you know.
            If you have any packets, pills or bottles, give them to the crew. This helps them give the right
            treatment.

            ## Will I get in trouble for calling 999?

            Paramedics are there to help the person, not to get anyone into trouble. They do not usually
            call the police just because drugs are involved.

            The police may come in some cases, for example if there is a risk to someone's safety or if
            someone has died. But calling 999 quickly can save a life, and that matters most.
            """),
    },
    {
        "slug": "staying-safer",
        "title": "Staying safer if you use drugs or alcohol",
        "summary": "Practical ways to lower the risks if you use drugs or alcohol.",
        "order": 2,
        "body": _md("""
            Not using drugs is the safest choice. But if you do use, there are things you can do to lower
            the risks. You do not have to stop to get help or advice.

            ## Before you use

            - **Do not use alone.** If you have to, tell someone you trust and ask them to check on you.
            - **Know that you cannot tell what is in a drug** by looking at it. Street drugs can be much
              stronger than you expect, or contain something else.
            - **Start low, go slow.** Try a small amount first and wait to see how it affects you.
            - **Plan how you will get home.** Do not drive.

            ## Mixing

            Mixing drugs, including alcohol, is one of the biggest risks.

            - Mixing drugs that slow you down is the most dangerous. This includes alcohol, heroin,
              methadone, buprenorphine, benzos and GHB or GBL. Together they can stop your breathing.
            - Mixing stimulants, such as cocaine, speed and MDMA, puts more strain on your heart.
            - Some medicines, such as some antidepressants, can react badly with drugs. Ask a pharmacist.

            You can check how two substances mix on each page of our drugs A to Z.

            ## After a break

            If you have not used for a while, your body is no longer used to it. This could be after
            prison, hospital, rehab, detox, or just a few days off. **An amount you used to take can now
            kill you.** Take much less.

            ## Carry naloxone

            Naloxone can reverse an opioid overdose for a short time. Kits are free from drug services,
            needle exchanges and many pharmacies. Carry one if you, or anyone you know, uses opioids or
            street pills.

            ## If you inject

            - Use new, sterile needles, syringes and other equipment every time. Needle and syringe
              exchanges give them out free, with no questions about your name.
            - Never share any equipment, including spoons, filters and water.
            - Take used needles back in a sharps bin.
            - Look after your veins. Change where you inject. Avoid your neck and groin.
            - See a doctor or nurse if a wound is red, hot, swollen or very painful.
            - Get tested for HIV, hepatitis B and hepatitis C. Ask about the hepatitis B vaccine.
              Hepatitis C can usually be cured with tablets.

            ## Look after yourself

            - Eat, drink water and try to sleep.
            - Have days off, to give your body and mind a rest.
            - If you have sex, use condoms, and make sure everyone agrees to what happens.
            - Watch your drink. Spiking happens. If you or a friend feels much more drunk or high than
              expected, get help.

            ## Your mental health

            Drugs and alcohol can affect your mood. If you feel low, anxious or unsafe, talk to someone.
            You can call Samaritans free on 116 123, at any time of day or night. For urgent medical advice
            that is not an emergency, call 111.

            ## In an emergency

            Call 999 if someone is unconscious, has trouble breathing, has a fit or has chest pain. See
            [what to do in an overdose](/advice/overdose/).

            For advice any time, you can call FRANK on 0300 123 6600.
            """),
    },
    {
        "slug": "homelessness",
        "title": "If you are homeless or might lose your home",
        "summary": "How to get help from Birmingham City Council if you are homeless or at risk.",
        "order": 3,
        "body": _md("""
            If you are sleeping rough tonight and feel unsafe, or someone is in danger, call 999.

            ## The council has to help you

            If you are homeless, or you could become homeless within the next 56 days, Birmingham City
            Council must help you. This is the law.

            You do not need to wait until you have nowhere to go. **Ask for help as early as you can.** It
            is often easier to save a home than to find a new one.

            ## What the council can do

            The council's housing options service will:

            - ask you questions about your situation (an assessment)
            - agree a plan with you, setting out what you and the council will do
            - help you try to keep your home, for example by talking to your landlord
            - help you find somewhere else to live if you cannot stay

            The council may have to find you somewhere to stay straight away in some cases. For example, if
            you have children, are pregnant, or are vulnerable because of your health or other reasons.

            Using drugs or alcohol does not, on its own, stop you from getting help.

            ## What to take with you

            Take what you can. Do not worry if you do not have everything. Useful things include:

            - something that shows who you are, such as a passport, driving licence or birth certificate
            - your tenancy agreement, if you have one
            - any letters or notices from your landlord, or from the court
            - proof of your income or benefits, and recent bank statements
            - letters from your doctor, support worker or drug and alcohol service about your health or
              needs
            - if you were not born in the UK, documents that show your immigration status

            ## How to contact the council

            Contact Birmingham City Council's housing options service. You can find out how on the
            council's page for people who are homeless or at risk:

            [Birmingham City Council: homelessness help](https://www.birmingham.gov.uk/homeless)

            The council's website also explains how to get help out of office hours.

            ## Other help

            - **Your drug or alcohol service** can support you, help with forms and come with you to
              appointments.
            - Some services, such as prisons, probation, hospitals and Jobcentres, have to tell the council
              if they think you might become homeless, if you agree.
            - **Shelter** gives free, expert advice about housing and homelessness on its website,
              england.shelter.org.uk.
            - If you see someone sleeping rough, you can tell **StreetLink** on its website,
              streetlink.org.uk, so that a local outreach team can try to find them and help.

            *Demo note: the link and details on this page must be checked by Birmingham City Council
            before the site goes live.*
            """),
    },
    {
        "slug": "worried-about-someone",
        "title": "If you are worried about someone",
        "summary": "How to support someone who uses drugs or alcohol, and how to look after yourself.",
        "order": 4,
        "body": _md("""
            It is hard when someone you care about is using drugs or alcohol. You may feel worried, angry,
            sad or helpless. These feelings are normal. You are not alone, and help is here for you too.

            **In an emergency, call 999.** See [what to do in an overdose](/advice/overdose/).

            ## Signs something may be wrong

            Signs can be hard to spot, and many have other causes. You might notice:

            - changes in mood, sleep or appetite
            - losing interest in things they used to enjoy
            - new friends, or spending a lot of time away
            - money or things going missing, or money problems
            - problems at school, college or work

            ## Talking to them

            - Pick a calm time, when they are sober and not in a rush.
            - Say what you have noticed and how you feel. Use "I" words, like "I am worried about you".
            - Listen more than you talk. Try not to blame, shout or lecture.
            - Do not expect everything to change after one chat. It may take many conversations.
            - Let them know that help is free and private, and they do not have to stop straight away to
              get it.
            - Offer to help them find a service, or to go with them.

            ## Keeping them safer

            - Learn the signs of an overdose and what to do.
            - If they use opioids or street pills, get a free naloxone kit. Families and friends can often
              get one from drug services, needle exchanges and many pharmacies.
            - If they drink heavily every day, or take benzos or GHB every day, they should not stop
              suddenly without medical advice. It can be dangerous.

            ## What you cannot do

            You cannot make someone change. That is their choice. Recovery is often not a straight line,
            and setbacks are common. It is not your fault.

            ## Looking after yourself

            - Talk to someone you trust about how you feel.
            - Many drug and alcohol services offer support for families and friends, even if the person you
              are worried about is not getting help.
            - Support groups for families, such as Al-Anon and Families Anonymous, let you meet others who
              understand.
            - Make time for yourself and the things you enjoy.
            - If you feel very low, you can call Samaritans free on 116 123, at any time.

            ## If children are affected

            If a child lives with someone who uses drugs or alcohol, they may need support too. Some
            services work with children and young people. If you think a child is in danger, call 999.

            ## Advice at any time

            You can call FRANK on 0300 123 6600 for free, confidential advice about drugs.
            """),
    },
    {
        "slug": "what-treatment-is-like",
        "title": "What treatment is like",
        "summary": "What happens when you contact a drug or alcohol service, and the kinds of help on offer.",
        "order": 5,
        "body": _md("""
            Getting help can feel scary. This page explains what usually happens, so you know what to
            expect. Every service works a little differently, and you can always ask questions.

            ## The basics

            - **It is free.** Local drug and alcohol services in England are free to use.
            - **It is confidential.** Services keep what you tell them private. They will only share it
              without your agreement in rare cases, such as if someone is at serious risk of harm.
            - **You can refer yourself.** You do not need to see your GP first. You can phone, fill in a
              form online, or walk in, depending on the service.
            - **You do not have to stop straight away.** Your goals are up to you. Some people want to stop
              completely. Others want to cut down or use more safely.
            - **You can bring someone** with you for support.

            ## Your first contact

            When you first get in touch, someone will ask a few questions. This may include your name, what
            you use, and how to contact you safely.

            ## Assessment

            Next, you will have a longer chat, called an assessment. A worker will ask about:

            - what you use, how much and how often
            - your physical and mental health
            - where you live, money, family and work
            - what you want to change

            There are no right or wrong answers. Being honest helps them offer the right support. You may be
            asked to give a urine or mouth swab sample.

            ## Your keyworker

            You will usually get a named worker. They may be called a keyworker or a recovery coordinator.
            They will make a plan with you and meet you regularly. The plan can change as you go.

            ## Kinds of help

            ### Staying safer

            Services can give you free naloxone, needles and other equipment, and tests for HIV and
            hepatitis. Many can help you get treatment for hepatitis C.

            ### Talking therapies

            You can talk with a worker one to one or in a group. This can help you understand your use, cope
            with cravings and stress, and plan the changes you want.

            ### Medicine for opioids

            If you are dependent on heroin or other opioids, you can be prescribed methadone or
            buprenorphine. This stops withdrawal and cravings and lowers your risk of overdose. At first, you
            may take your dose at a pharmacy. This is called substitute prescribing or opioid substitution
            treatment.

            ### Detox

            A detox helps you stop using safely, with medicine to help with withdrawal. It can happen at
            home with support from the service, or sometimes in a hospital or unit. This is important for
            alcohol, benzodiazepines and GHB or GBL, because stopping suddenly can be dangerous.

            ### Residential rehab

            Rehab means living in a place with support for a number of weeks or months. It is not right for
            everyone. Your keyworker can talk to you about whether it might help, and how it could be paid
            for.

            ### Mutual aid and peer support

            Mutual aid groups are run by and for people with their own experience of drugs or alcohol. They
            include Alcoholics Anonymous, Narcotics Anonymous, Cocaine Anonymous and SMART Recovery. Many
            services also have peer mentors who have been through treatment themselves.

            ### Help for families

            Families and friends can get support in their own right, even if the person they care about is
            not in treatment.

            ### Other support

            Services can often help with housing, money, mental health, and getting into training,
            volunteering or work.

            ## If things do not go to plan

            Setbacks are common and are part of many people's recovery. If you stop going or start using
            again, you can always go back. You will not be judged.
            """),
    },
    {
        "slug": "faqs",
        "title": "Questions people often ask",
        "summary": "Honest answers to common questions about getting help with drugs or alcohol.",
        "order": 6,
        "body": _md("""
            ## Is it confidential?

            Yes. Drug and alcohol services keep what you tell them private. They will not tell your family,
            your employer or the police without your agreement.

            There are a few exceptions. For example, if they believe you or someone else, such as a child,
            is at serious risk of harm, they may have to share information. A good service will explain this
            at the start and, where it can, talk to you first.

            ## Will my children be taken away?

            Using drugs or alcohol does not on its own mean your children will be taken away. Services want
            to help families stay together, and asking for help is seen as a positive step.

            If a worker thinks a child is at risk of harm, they must act to keep the child safe. This can
            mean working with children's services. It usually means extra support for your family.

            ## Can I get help without stopping completely?

            Yes. You do not have to stop to get help. You can get help to cut down, to use more safely, or
            to stop. Your goals are up to you, and they can change.

            ## Is treatment free?

            Yes. Local drug and alcohol services in England are free to use. Private rehabs charge, but
            some people can get rehab paid for after an assessment by their local service.

            ## Do I need a GP referral?

            No. You can contact most drug and alcohol services yourself. You can also ask your GP to refer
            you if you prefer.

            ## What is Breaking Free Online?

            Breaking Free Online is a digital programme you can use on your phone or computer. It helps you
            understand your drug or alcohol use and make changes, at your own pace. Many local services
            offer free access. Ask your local service if you can use it.

            ## Will the police find out?

            Treatment services are there to help you, not to report you. They do not tell the police that
            you use drugs.

            ## Is it dangerous to stop drinking suddenly?

            It can be. If you drink a lot every day, stopping all at once can cause fits and can be life
            threatening. The same is true for benzos and GHB or GBL. Talk to your GP or a local service
            first. They can help you stop safely.

            ## What if I start using again?

            Many people do. It is not a failure. You can always go back to your service. If you have had a
            break from opioids, remember that your body is no longer used to them, so the risk of overdose
            is much higher.

            ## How long will I have to wait?

            This varies between services. Many services can see you quickly for a first chat. If you need
            help urgently, say so when you get in touch.

            ## I'm under 18. Can I get help?

            Yes. There are services just for children and young people. You can usually contact them
            yourself. They will explain what they can keep private.

            ## Who can I talk to right now?

            - FRANK, for drug advice at any time: 0300 123 6600.
            - Samaritans, if you are struggling and need to talk: 116 123, free, at any time.
            - NHS 111, for urgent medical advice.
            - In an emergency, call 999.
            """),
    },
]
