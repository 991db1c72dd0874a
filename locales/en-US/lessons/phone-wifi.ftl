# Lesson: Wi-Fi safely (Using my phone)
phone-wifi-title = Wi-Fi safely
phone-wifi-remember = Only join your home Wi-Fi and networks you know. To pay or use your bank's app, use mobile data.

phone-wifi-explain-1 = Wi-Fi is a wireless network. Phones set to Chinese call it WLAN. On your home Wi-Fi, watching videos and making video calls don't use up your phone's data.
phone-wifi-explain-2 = Open Settings, tap Wi-Fi and turn the switch on. Below it you see all the networks nearby. In Chinese, Huawei, Xiaomi, OPPO, vivo and Honor phones all call it WLAN. If you can't find it, type "Wi-Fi" or "WLAN" in the search box in Settings.
phone-wifi-explain-3 = The name and password of your home network are usually printed on a sticker on the back of the router. A small lock next to a name means it needs a password. Tap your home's name, type the password, and tap Connect. After the first time, your phone joins it by itself.

phone-wifi-wlan-title = Wi-Fi
phone-wifi-wlan-switch = Wi-Fi
phone-wifi-available = Available networks
phone-wifi-secured = Secured
phone-wifi-open = Open
phone-wifi-connected = Connected

phone-wifi-p1 = You are at home. The sticker on the router says your network's name is Home-7C2E. Please tap your home network in the list.
phone-wifi-p1-neighbour = Home-5B91
phone-wifi-p1-home = Home-7C2E
phone-wifi-p1-free = Free WiFi
phone-wifi-p1-zhang = Zhang Family
phone-wifi-p1-home-fb = Right! The name is exactly the same as on the sticker. Tap it, type the password from the sticker, then tap Connect, and you're on.
phone-wifi-p1-neighbour-fb = This is a neighbor's network. The start is the same, but the last few letters are different. Compare with the sticker one letter at a time and look for Home-7C2E.
phone-wifi-p1-zhang-fb = This is the Zhang family's network, not yours. Look for the same name as on the sticker: Home-7C2E.
phone-wifi-p1-free-fb = This network has no lock, and nobody knows who set it up. Better not to join it. At home, join your own network, Home-7C2E.
phone-wifi-p1-family-fb = Asking your family is good. Often a son or daughter set up the home network and knows its name and password. You can also look at the sticker on the router: the name is Home-7C2E.

phone-wifi-explain-4 = When you are out, at a bank, a hospital, a station or a mall, your phone often finds networks with no lock, named "Free WiFi" or something that looks like the bank's own, such as "Free-Bank-WiFi". Anyone can pick a name. A scammer can set up a fake one too.
phone-wifi-explain-5 = A real free network is shown on a sign put up by the bank or mall itself, with its name and often a password. For example, in the hall of Fuman Bank, the sign on the counter says: the network is called Fuman Bank Guest, ask the lobby manager for the password.

phone-wifi-p2 = You are waiting for your number in the hall of Fuman Bank and want to read the news. These are the networks your phone found. What do you do?
phone-wifi-p2-fake-bank = Fuman Bank Free WiFi
phone-wifi-p2-real = Fuman Bank Guest
phone-wifi-p2-free-bank = Free-Bank-WiFi
phone-wifi-p2-shop = Fresh Fruit Market
phone-wifi-p2-real-fb = Well done! The name matches the sign on the counter, and it has a lock. Ask the lobby manager for the password and you can join. Even then, only read the news: for paying or banking, use mobile data.
phone-wifi-p2-fake-bank-fb = Don't join this one yet. It has the bank's name in it, but it has no lock and it is not what the sign says. Someone may be pretending to be the bank. Join Fuman Bank Guest from the sign, and if unsure, ask the lobby manager.
phone-wifi-p2-free-bank-fb = Don't join this one yet. The name sounds like a bank, but it has no lock, it is not on the sign, and nobody knows who set it up. Look for the name on the sign, and if unsure, ask the staff.
phone-wifi-p2-shop-fb = This is the market next door, not the bank, and you don't know its password. Look for the name written on the sign at the counter.
phone-wifi-p2-volunteer-fb = Asking is good. In a bank you can also simply ask the lobby manager which network is the bank's own.

phone-wifi-explain-6 = While you are on public Wi-Fi, don't pay, don't open your bank's app, and don't type passwords. To pay, first switch Wi-Fi off and use your phone's own mobile data. Your mobile data is yours alone and safer than public Wi-Fi.

phone-wifi-p3 = You are in the park, and your phone is on the park's free network. Now you want to pay your electricity bill on the phone. What do you do?
phone-wifi-p3-park = Park Free WiFi
phone-wifi-p3-fast = Free-WiFi-Fast
phone-wifi-p3-teahouse = Quiet Heart Teahouse
phone-wifi-p3-wlan-fb = Well done! With Wi-Fi off, your phone uses its own mobile data, and a small 4G or 5G appears at the top of the screen. Now you can pay the bill safely.
phone-wifi-p3-park-fb = This is the park network you are on now. To pay, you don't need to tap it: switch Wi-Fi off at the top and use mobile data.
phone-wifi-p3-fast-fb = Another free network with no lock is just as unsafe. To pay, switch Wi-Fi off at the top and use mobile data.
phone-wifi-p3-teahouse-fb = This is the teahouse's network, and you don't have its password. To pay, switch Wi-Fi off at the top and use mobile data.

phone-wifi-explain-7 = After you join a free network, a page sometimes pops up asking for your phone number, a verification code, your ID card number or your bank card number before it lets you online. Don't fill in anything on such a page. Press the back key to leave, switch Wi-Fi off, and use mobile data. The lesson "Never tell the code" says more about verification codes.

phone-wifi-p4 = You are waiting for a train and joined a network called Station Free WiFi. Right away, this page pops up. What do you do?
phone-wifi-p4-heading = Free internet sign-in
phone-wifi-p4-body = For your online safety, please confirm your real name first. Enter your bank card number, ID card number and mobile number, and then go online for free.
phone-wifi-p4-card = Bank card number
phone-wifi-p4-id = ID card number
phone-wifi-p4-mobile = Mobile number
phone-wifi-p4-get-code = Get code
phone-wifi-p4-go-online = Go online now
phone-wifi-p4-back-fb = Well done! Going online never needs a bank card number. Just press back to leave, then switch Wi-Fi off in Settings and use mobile data.
phone-wifi-p4-home-fb = Well done! Leaving the page is right, and you filled in nothing. Then switch Wi-Fi off in Settings and use mobile data.
phone-wifi-p4-go-online-fb = Don't tap that yet. Going online never needs your bank card or ID card number; this page wants to trick you. Press back to leave, switch Wi-Fi off, and use mobile data.
phone-wifi-p4-get-code-fb = Don't tap that yet. Once you get a code and type it in, a scammer can get at your money. Press back to leave, switch Wi-Fi off, and use mobile data.
phone-wifi-p4-family-fb = Asking your family is good. This page wants your bank card number, so don't fill it in. Press back to leave first, then talk it over with them.
phone-wifi-p4-volunteer-fb = Asking is good. This page wants your bank card number, so don't fill it in. Press back to leave first and use mobile data.

phone-wifi-q-1 = You are waiting at the bank, and your phone finds a network with no lock called "Bank Free WiFi". Can you join it to use your bank's app?
phone-wifi-q-1-a-1 = Yes, it has "bank" in its name, so it's real
phone-wifi-q-1-a-1-feedback = Anyone can pick a name. Nobody knows who set up a network with no lock. To use your bank's app, switch Wi-Fi off and use mobile data.
phone-wifi-q-1-a-2 = No. For the bank's app, use mobile data
phone-wifi-q-1-a-2-feedback = That's right! For paying and banking, always use your phone's own mobile data.
phone-wifi-q-1-a-3 = Yes, as long as I'm quick
phone-wifi-q-1-a-3-feedback = Quick or slow makes no difference. Typing a password on someone else's network lets them see it. Please switch Wi-Fi off and use mobile data.

phone-wifi-q-2 = You join a Wi-Fi network, and a page asks for your ID card number and bank card number before it lets you online. What do you do?
phone-wifi-q-2-a-1 = Fill them in, as long as the internet is free
phone-wifi-q-2-a-1-feedback = Don't fill them in. Going online never needs your ID card or bank card number; this page wants to trick you. Press back to leave and use mobile data.
phone-wifi-q-2-a-2 = Give only the ID card number, not the bank card
phone-wifi-q-2-a-2-feedback = Don't give the ID card number either: a scammer can use it to pretend to be you. Fill in nothing, press back to leave, and use mobile data.
phone-wifi-q-2-a-3 = Fill in nothing, press back to leave, and use mobile data
phone-wifi-q-2-a-3-feedback = That's right! Fill in nothing on such a page. Leave it, then switch Wi-Fi off.

phone-wifi-q-3 = Where do you find the name and password of your home Wi-Fi?
phone-wifi-q-3-a-1 = On the sticker on the back of the router, or ask whoever set it up
phone-wifi-q-3-a-1-feedback = That's right! The sticker shows the name and the password. Join once, and your phone joins by itself after that.
phone-wifi-q-3-a-2 = Just join any network without a lock; no password is easier
phone-wifi-q-3-a-2-feedback = Nobody knows who set up a network with no lock, so better not to join it. Look at the sticker on your router and join your own.
phone-wifi-q-3-a-3 = Join the one with the strongest signal
phone-wifi-q-3-a-3-feedback = The strongest signal may not be yours. Look for the name on your router's sticker, and join only when it matches.
