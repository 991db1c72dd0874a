# Lesson: Elder-care "investments" (Staying safe from scams)
safety-pension-project-title = Elder-care "investments"
safety-pension-project-remember = Buying a care-home bed or a membership card that pays high interest is illegal fund-raising. Don't pay a single yuan. Ask your children first.

safety-pension-project-explain-1 = Someone may try to sell you a place in a care home. He says: "Buy a bed now, and we pay you 15 percent interest every year. When you are older, you can move in." It sounds like you make money and get a home for later.
safety-pension-project-explain-2 = Others sell "elder-care membership cards". You pay for several years of care up front, and they give you rice, flour and cooking oil, free health checks and free trips. The more you pay, the more gifts you get, and they say they will pay you interest too.
safety-pension-project-explain-3 = All of this is illegal fund-raising: collecting money from many people in the name of elder care. Often the care home does not exist, or it is never finished. The first months of "interest" are paid with money from newer buyers. Once they have collected enough, the company closes and disappears, and everyone's money is gone. In 2022, China ran a national campaign against pension fraud, and this scam was one of its main targets.

safety-pension-project-scan = Scan QR code in image

safety-pension-project-p1 = Someone sent you this poster on WeChat. Look at what it says. What do you do?
safety-pension-project-p1-name = Golden Years Care Apartments: beds selling fast
safety-pension-project-p1-rate = 15% return a year
safety-pension-project-p1-rate-speech = Fifteen percent return a year
safety-pension-project-p1-price = One bed costs just one hundred thousand yuan
safety-pension-project-p1-promise = Interest paid monthly, your money back in five years, your bed kept for life
safety-pension-project-p1-gift = Sign today and get rice, flour, oil and a free trip. Limited places!
safety-pension-project-p1-hotline = Sales line: 010-0000-0550
safety-pension-project-p1-qr = Scan to book a free visit
safety-pension-project-p1-scan-fb = Please don't scan it. Once you scan, the salesman adds you as a friend, keeps inviting you to visits and talks, and step by step gets you to pay. A bed that pays interest is illegal fund-raising. Press the back key to leave, and show the poster to your children.
safety-pension-project-p1-back-fb = Well done! A bed that also pays 15 percent interest is illegal fund-raising. Don't scan, don't call, and don't go to the visit.
safety-pension-project-p1-family-fb = Very good! Show the poster to your children and talk it over. Any bed that pays high interest is illegal fund-raising. Don't pay a single yuan.
safety-pension-project-p1-volunteer-fb = Very good! Ask a volunteer. This poster uses elder care as a cover to collect money. It is illegal fund-raising, so you can ignore it.

safety-pension-project-explain-4 = A real care home is registered with the civil affairs office. It charges by the month: a fee for the bed, for care and for meals, with the prices written out clearly. It pays no interest, and it won't ask you for a large sum up front. To find out if a care home is real, ask your neighborhood committee or the district civil affairs office, or call 12345.

safety-pension-project-p2 = A few days later, the salesman sends you messages on WeChat. How do you reply?
safety-pension-project-p2-title = Manager Liu, Golden Years Care
safety-pension-project-p2-m1 = Good news! Today is the last day of our special inside price, and only three beds are left.
safety-pension-project-p2-m2 = Put in one hundred thousand, and we pay you fifteen thousand a year, straight to your card every month. In five years you get it all back, and you move in first.
safety-pension-project-p2-m3 = Don't tell your children yet. Young people don't understand these things. Once the interest comes in, you can surprise them.
safety-pension-project-p2-go = All right, I'll take the money out and come tomorrow
safety-pension-project-p2-ask = I'll ask my children first, and check with the neighborhood committee
safety-pension-project-p2-deposit = I'll pay a two thousand yuan deposit to hold my place
safety-pension-project-p2-ask-fb = Well done! If he tells you not to tell your children, something is wrong. "Last day" and "only three left" are there to rush you into paying. A bed that pays interest is illegal fund-raising. Don't pay a single yuan.
safety-pension-project-p2-go-fb = Please don't take any money out. A bed that pays interest is illegal fund-raising, and money you hand over is very hard to get back. He doesn't want your children to know because they would stop you. Tell them first.
safety-pension-project-p2-deposit-fb = Don't pay a deposit either. Once you pay it, he will push you to pay the rest. A bed that pays interest is illegal fund-raising. Ask your children first, and don't pay anything.
safety-pension-project-p2-family-fb = Very good! He told you not to tell your children, so tell them first. Look at it together, and you will see it is illegal fund-raising.
safety-pension-project-p2-back-fb = Not replying is fine too. This is illegal fund-raising, so don't pay anything. Remember to tell your children, and don't go and sign a contract.

safety-pension-project-p3 = You go to visit their office. Manager Liu brings you a contract and says if you sign today, you get a free bottle of cooking oil. Look at what the contract says. What do you do?
safety-pension-project-p3-heading = Elder-Care Membership Contract
safety-pension-project-p3-parties = Party A: the member. Party B: Golden Years Care Management Company
safety-pension-project-p3-clause-1 = Article 1. Party A prepays elder-care fees of one hundred thousand yuan and becomes a lifetime member.
safety-pension-project-p3-clause-2 = Article 2. Party B pays Party A a monthly "care allowance" at an annual return of 15%.
safety-pension-project-p3-clause-2-speech = Article 2. Party B pays Party A a monthly "care allowance", at an annual return of fifteen percent.
safety-pension-project-p3-clause-3 = Article 3. After five years, the full amount is returned. Party A may move in first when Party B's care apartments, now being built, are finished.
safety-pension-project-p3-clause-4 = Article 4. Party A must keep this contract secret and not tell anyone.
safety-pension-project-p3-sign = Signature of Party A:
safety-pension-project-p3-sign-fb = Please don't sign. The contract says "prepay", and it also says "annual return". That is illegal fund-raising dressed up as elder care. Once you sign and pay, the money is very hard to get back. Take a photo of the contract and show it to your children.
safety-pension-project-p3-family-fb = Well done! Take a photo of the contract, send it to your children, and talk it over. Prepaying plus an annual return means illegal fund-raising. Don't sign, and don't pay.
safety-pension-project-p3-volunteer-fb = Very good! Ask a volunteer to look at it with you. This contract wants you to prepay and promises interest. It is illegal fund-raising. Don't sign, and don't pay.
safety-pension-project-p3-back-fb = Well done! Don't sign. Hand the contract back, get up and leave. Even if he keeps pushing, don't sign. Tell your children when you get home.

safety-pension-project-p4 = Your neighborhood committee posted this poster in your building's WeChat group. Look at what it says. What do you do?
safety-pension-project-p4-name = Heping Street Community Elder-Care Station
safety-pension-project-p4-registered = Registered with the district civil affairs office
safety-pension-project-p4-prices = Prices
safety-pension-project-p4-price-1 = Day care: 800 yuan a month
safety-pension-project-p4-price-2 = Senior meals: 12 yuan a meal
safety-pension-project-p4-price-3 = Help with bathing: 30 yuan a time
safety-pension-project-p4-monthly = Pay by the month and stop any time. Bring your family to have a look.
safety-pension-project-p4-address = Heping Street Community Service Center, first floor. Phone: 010-0000-0551
safety-pension-project-p4-qr = Scan for this week's menu
safety-pension-project-p4-scan-fb = Go ahead and look. This is a registered community care station. The prices are clear, you pay by the month, and nobody asks you to invest or promises interest. Scanning to see the menu is fine.
safety-pension-project-p4-family-fb = Very good! Go and have a look with your family. This poster is fine: clear prices, paid by the month, no promise of interest.
safety-pension-project-p4-volunteer-fb = Very good! Asking a volunteer is fine too. This poster is normal: registered with the community, paid by the month, no interest promised.
safety-pension-project-p4-back-fb = This poster is actually fine. The station is registered, charges by the month, asks for no big prepayment and promises no interest. If you'd like to go, you can visit with your family.

safety-pension-project-q-1 = A salesman says: "Buy a bed, we pay you 15 percent interest a year, and later you can move in." What is this?
safety-pension-project-q-1-a-1 = A good chance to make money and have a home for later
safety-pension-project-q-1-a-1-feedback = It sounds good, but it is illegal fund-raising. Often the care home does not even exist, and the money never comes back. Don't pay a single yuan.
safety-pension-project-q-1-a-2 = Illegal fund-raising. I won't pay anything.
safety-pension-project-q-1-a-2-feedback = That's right! A bed that pays high interest is illegal fund-raising.
safety-pension-project-q-1-a-3 = Buy a little first, and buy more once the interest comes
safety-pension-project-q-1-a-3-feedback = Don't buy even a little. The first months of interest are a small treat to get you to pay much more. Don't pay a single yuan.

safety-pension-project-q-2 = You want to find a care home for yourself. How can you tell if it is a real one?
safety-pension-project-q-2-a-1 = Ask the neighborhood committee or the civil affairs office. A real one charges by the month and pays no interest.
safety-pension-project-q-2-a-1-feedback = That's right! A real care home is registered with the civil affairs office, charges by the month, and never pays you interest.
safety-pension-project-q-2-a-2 = See how many gifts it gives
safety-pension-project-q-2-a-2-feedback = Lots of gifts don't make it real. Scammers often use rice, oil and free trips to draw people in. Ask the neighborhood committee or the civil affairs office.
safety-pension-project-q-2-a-3 = See how nice the building on the poster looks
safety-pension-project-q-2-a-3-feedback = The building on a poster may be fake, or it may never be finished. Ask the neighborhood committee or the civil affairs office, and best of all, go and see the place with your family.

safety-pension-project-explain-5 = Already paid? Don't pay any more, and don't wait for the "interest". Call 110 right away to report it. Keep the contract, the receipts and the chat messages, and tell your children. The sooner you report it, the better the chance of getting the money back.

safety-pension-project-q-3 = You already bought a bed. The company says: "Pay a five thousand yuan fee first, then we return your money." What do you do?
safety-pension-project-q-3-a-1 = Pay the five thousand to get my money back
safety-pension-project-q-3-a-1-feedback = Please don't pay any more. After this fee there will be another one. Call 110 right away and tell your children.
safety-pension-project-q-3-a-2 = Pay nothing more, call 110, and keep the contract and receipts
safety-pension-project-q-3-a-2-feedback = Well done! Tell your children too, and ask them to go with you to report it.
safety-pension-project-q-3-a-3 = Keep quiet and wait for the company to pay it back slowly
safety-pension-project-q-3-a-3-feedback = Don't wait. The company may well close and disappear. The sooner you report it, the better the chance of getting the money back. Call 110 and tell your children.
