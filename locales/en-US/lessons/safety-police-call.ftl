# Lesson: a caller who says he is the police (Staying safe from scams)
safety-police-call-title = Caller says he is police
safety-police-call-remember = There is no "safe account". "Police" who ask you to transfer money are scammers: hang up and call 110 yourself. When 96110 calls, answer.

safety-police-call-explain-1 = Some scammers call pretending to be from the police, the prosecutor's office or a court. This is a very common scam.
safety-police-call-explain-2 = He says your bank card was used for money laundering, tells you to keep it secret, and asks you to move your money to a "safe account". There is no such thing as a safe account.
safety-police-call-explain-3 = The number and name on the screen can be faked. Even if it says "Police", a scammer may be calling. Real police never ask you to transfer money on the phone.

safety-police-call-p1 = The phone is ringing. Look at what the screen says. What do you do?
safety-police-call-p1-caller = Unknown number
safety-police-call-p1-tag = Suspected fraud
safety-police-call-p1-decline = Well done! Your phone warned you this may be a scam call, so not answering is right. Anyone with real business will find another way to reach you.
safety-police-call-p1-answer = Your phone warned you this may be a scam call, so it is better not to answer. If you answer by mistake, that is fine: hang up as soon as anyone asks for money.
safety-police-call-p1-family = Asking your family is good. This call is marked as suspected fraud, so you can simply not answer it.

safety-police-call-rp-intro = Now practice taking a call like this. Each time the caller speaks, choose what to do. Take your time.
safety-police-call-rp-caller = Says: City Police
safety-police-call-rp-debrief = Real police never call to make you transfer money, and there is no safe account. When you get a call like this, hang up, call 110 yourself or the anti-fraud line 96110 to check, and tell your family.

safety-police-call-rp-1 = Hello, this is Officer Wang from the city police. A case involves you, and we need your help with the investigation.
safety-police-call-rp-1-phrase = This is Officer Wang from the city police
safety-police-call-rp-1-hang-up = Hang up and call 110 to check
safety-police-call-rp-1-hang-up-fb = Well done! Whoever he says he is, if you hang up and call 110 yourself, you can find out.
safety-police-call-rp-1-ask = Ask him: which police station are you from? I will come in and talk in person.
safety-police-call-rp-1-ask-fb = Good question. Listen to his answer, then decide.
safety-police-call-rp-1-go-along = All right, officer, go ahead, I will help.
safety-police-call-rp-1-go-along-fb = Don't rush to help. You cannot know who a caller really is just because he says "police".

safety-police-call-rp-2 = No need to come to the station. A bank card in your name was used by criminals for money laundering. It is a large case, and you are now a suspect.
safety-police-call-rp-2-phrase = You are now a suspect
safety-police-call-rp-2-hang-up = Hang up and call 110 to ask if this is true
safety-police-call-rp-2-hang-up-fb = Well done! He is trying to scare you. Hang up, call 110 yourself, and you will know at once.
safety-police-call-rp-2-ask = Ask him: can I go to the police station right now and explain?
safety-police-call-rp-2-ask-fb = Good question. Notice that he does not want you to go to the police station. That is very suspicious.
safety-police-call-rp-2-go-along = I am scared. Please help me.
safety-police-call-rp-2-go-along-fb = Don't be afraid. This is a scammer trying to scare you. You did nothing wrong, and you can hang up at any time.

safety-police-call-rp-3 = This is a secret case. You must not tell anyone, not even your children. If you do, you are obstructing the investigation and will be held responsible.
safety-police-call-rp-3-phrase = You must not tell anyone, not even your children
safety-police-call-rp-3-hang-up = Hang up and tell my family right away
safety-police-call-rp-3-hang-up-fb = Well done! Telling you to keep it from your family is a scammer's trick. Hang up and tell your family, so someone else can look at it with you.
safety-police-call-rp-3-ask = Ask him: why can't I even tell my children?
safety-police-call-rp-3-ask-fb = Good question. Real police never stop you from talking to your family.
safety-police-call-rp-3-go-along = All right, I won't tell anyone.
safety-police-call-rp-3-go-along-fb = Keeping it from your family means nobody can warn you. This is exactly the moment to hang up and tell them.

safety-police-call-rp-4 = To prove you are innocent, transfer the money on your card to our safe account. Once we have checked, we will send it straight back.
safety-police-call-rp-4-phrase = Transfer the money to our safe account
safety-police-call-rp-4-hang-up = Hang up and don't transfer a single cent
safety-police-call-rp-4-hang-up-fb = Well done! There is no such thing as a safe account. Anyone who asks you to transfer money like this is a scammer.
safety-police-call-rp-4-ask = Ask him: which bank is this safe account at? I will ask at the bank counter.
safety-police-call-rp-4-ask-fb = Good question, but you don't need to listen any longer. Anyone asking for a transfer is a scammer. You can simply hang up.
safety-police-call-rp-4-go-along = All right, I will go and transfer it now.
safety-police-call-rp-4-go-along-fb = Please don't transfer anything. Money that is sent is very hard to get back. Hang up now and call 110.

safety-police-call-p2 = The phone rings again. Look at what the screen says. What do you do?
safety-police-call-p2-caller = 96110
safety-police-call-p2-tag = Anti-fraud line
safety-police-call-p2-answer = Well done! 96110 is the police anti-fraud line. When they call, it is to warn you that a scammer may be after you. Always answer and listen.
safety-police-call-p2-decline = 96110 is the police anti-fraud line, calling to warn you. Next time you see 96110, please answer.

safety-police-call-q-1 = The caller says: "Transfer your money to the safe account to prove you are innocent." Is this true?
safety-police-call-q-1-a-1 = Yes, if I don't transfer, I will be arrested
safety-police-call-q-1-a-1-feedback = Don't be afraid, the scammer is trying to frighten you. The police never ask you to transfer money, and there is no safe account.
safety-police-call-q-1-a-2 = It is a scam, hang up at once
safety-police-call-q-1-a-2-feedback = That's right! Anyone asking you to move money to a "safe account" is a scammer.
safety-police-call-q-1-a-3 = Transfer a little first, to see
safety-police-call-q-1-a-3-feedback = Don't transfer anything. Money that is sent is very hard to get back. Hang up and tell your family.

safety-police-call-q-2 = The caller says: "This is a secret case, don't tell your family." What do you do?
safety-police-call-q-2-a-1 = Hang up and tell my family right away
safety-police-call-q-2-a-1-feedback = Well done! Scammers fear nothing more than you talking to your family. Another pair of eyes keeps you safer.
safety-police-call-q-2-a-2 = Do as he says and tell no one
safety-police-call-q-2-a-2-feedback = Keeping it from your family is exactly the scammer's trick, so nobody can warn you. Please tell your family right away.

safety-police-call-explain-4 = If you feel unsure, hang up and call 110 yourself, or the anti-fraud line 96110, and then tell your family. When 96110 calls you, answer.
