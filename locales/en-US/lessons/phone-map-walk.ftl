# Lesson: Walking directions (Using my phone)
phone-map-walk-title = Walking directions
phone-map-walk-remember = Type where you are going, check the address, tap Walk, then tap Start navigation.

phone-map-walk-explain-1 = Walking somewhere new and not sure of the way? The map app on your phone can guide you. It draws the way on the map, and a voice tells you where to turn.
phone-map-walk-explain-2 = The first time you open the map, the phone asks whether the map may use your location. Your location is simply where you are right now. The map needs to know where you are to guide you.

phone-map-walk-app = Maps
phone-map-walk-search = Search for a place
phone-map-walk-btn-this-time = Only this time

phone-map-walk-p1 = You open the map app for the first time, and a question pops up on the screen. What do you do?
phone-map-walk-p1-dialog-title = Allow "Maps" to use your location?
phone-map-walk-p1-dialog-text = Maps uses your location to guide you and tell you where to turn.
phone-map-walk-p1-allow-fb = Well done! The map needs to know where you are to guide you. With this choice, it knows your location only while you are using the map. Some phones say "Allow only while in use"; it means the same.
phone-map-walk-p1-this-time-fb = That works too: the map can guide you this time. It will just ask again the next time you open it. Choose "Only while using the app", and it won't need to ask every time.
phone-map-walk-p1-deny-fb = If you don't allow it, the map doesn't know where you are and can't guide you. It is normal for a map to need your location. Just tap "Only while using the app".
phone-map-walk-p1-volunteer-fb = Asking a volunteer is good. The map needs to know where you are to guide you, so you can allow it. Just choose "Only while using the app".

phone-map-walk-explain-3 = Keep this clear: the map asks for your location so it can guide you, so you can allow it. If an app like a flashlight or a calculator asks for your location, tap "Don't allow". The lesson "Install from the store, check permissions" says more about this.
phone-map-walk-explain-4 = Open the map and tap the search box at the top. Type where you are going, for example "People's Park". If typing is slow, tap the little microphone in the search box or on the keyboard, and say the name. You learned this in the lesson "Speak instead of typing".
phone-map-walk-explain-5 = The phone lists several places, and some may have exactly the same name. Don't rush to tap the first one. Read the small text under each name: which district, which street. When it matches where you are going, tap it.

phone-map-walk-p2 = You are going to People's Park on Heping Street in Dongcheng District. The phone lists several places. Please read the address under each line, and tap the one on Heping Street in Dongcheng District.
phone-map-walk-p2-typed = People's Park
phone-map-walk-p2-park = People's Park
phone-map-walk-p2-park-west-sub = Chang'an Road, Xicheng District, 3.5 km
phone-map-walk-p2-park-east-sub = Heping Street, Dongcheng District, 800 m
phone-map-walk-p2-subway = People's Park Subway Station
phone-map-walk-p2-subway-sub = Heping Street, Dongcheng District, 1 km
phone-map-walk-p2-parking = People's Park Parking Lot
phone-map-walk-p2-parking-sub = Chang'an Road, Xicheng District, 3.6 km
phone-map-walk-p2-east-fb = Right! Same name, and the address matches too: Heping Street, Dongcheng District. Next, you will see how to walk there.
phone-map-walk-p2-west-fb = This one is also called People's Park, but it is on Chang'an Road in Xicheng District. That's not the one you want. Read the small text and look for Heping Street, Dongcheng District.
phone-map-walk-p2-subway-fb = This is the People's Park subway station, not the park. Look for the line called just People's Park, on Heping Street in Dongcheng District.
phone-map-walk-p2-parking-fb = This is a parking lot, and it is in Xicheng District. Look for the line called just People's Park, on Heping Street in Dongcheng District.

phone-map-walk-explain-6 = Tap the place you are going to, then tap "Directions". Some map apps say "Go here" instead. The row at the top shows how to get there: Drive, Transit, Walk, Bike. If you are going on foot, tap Walk.
phone-map-walk-explain-7 = After you tap Walk, the map draws a route for walking and shows how long it takes and how far it is. If it isn't too far, tap "Start navigation". If it is too far to walk, tap Transit instead, or ask your family to help.

phone-map-walk-p3 = You tapped Directions. Today you want to go to the park on foot, not by car, bus or bicycle. What do you do?
phone-map-walk-p3-title = Directions
phone-map-walk-p3-to = To: People's Park (Heping Street, Dongcheng District)
phone-map-walk-p3-now = Now showing Drive: about 8 minutes, 2 km
phone-map-walk-btn-drive = Drive
phone-map-walk-btn-transit = Transit
phone-map-walk-btn-walk = Walk
phone-map-walk-btn-bike = Bike
phone-map-walk-btn-start = Start navigation
phone-map-walk-p3-walk-fb = Right! Going on foot, you tap Walk. The map now shows a walking route, about fifteen minutes. It isn't far, so next you tap Start navigation.
phone-map-walk-p3-drive-fb = Drive is the route for a car, and some of those roads are not for people on foot. You are going on foot, so tap Walk.
phone-map-walk-p3-transit-fb = Transit is the route by bus or subway. Today you are going on foot, so tap Walk. When a place is too far to walk, choose Transit then.
phone-map-walk-p3-bike-fb = Bike is the route for a bicycle. You are going on foot, so tap Walk.
phone-map-walk-p3-start-fb = Wait a moment. Drive is chosen right now, so the navigation would guide you along the roads for cars. Tap Walk first, then tap Start navigation.

phone-map-walk-explain-8 = Once navigation starts, the phone speaks, for example "Turn right at the next corner". A big arrow on the screen points the way too. Turn the volume up a little and follow the voice. If you take a wrong turn, don't worry: the map finds a new way for you.
phone-map-walk-explain-9 = While walking, don't keep your eyes on the phone. When crossing the street, watch the lights and the cars. If you want to look at the screen, step to the side and stop first. Navigation uses a lot of battery, so charge your phone fully before you go out.

phone-map-walk-p4 = Your daughter wants to meet you at the food market at Xingfuli, on Nanshan Road in Xicheng District. You searched, and the phone lists these. What do you do?
phone-map-walk-p4-typed = Xingfuli Market
phone-map-walk-p4-market = Xingfuli Market
phone-map-walk-p4-market-east-sub = Heping Street, Dongcheng District, 500 m
phone-map-walk-p4-market-west-sub = Nanshan Road, Xicheng District, 1.8 km
phone-map-walk-p4-homes = Xingfuli Residential Community
phone-map-walk-p4-homes-sub = Nanshan Road, Xicheng District, 1.9 km
phone-map-walk-p4-west-fb = Well done! When the names are the same, look at the address. Nanshan Road in Xicheng District, just as your daughter said. It's a little farther, but the right address matters most.
phone-map-walk-p4-east-fb = This one is closest to you, but it is on Heping Street in Dongcheng District. Your daughter said Nanshan Road in Xicheng District. Read the small text and tap the one whose address matches.
phone-map-walk-p4-homes-fb = This is the Xingfuli residential community, where people live, not the market. Look for the market on Nanshan Road in Xicheng District.
phone-map-walk-p4-family-fb = Good idea! Call your daughter and ask which one she means. You can also ask her to send you her location on WeChat; tap it, and the map guides you there.

phone-map-walk-q-1 = The map lists two places called "People's Park", with exactly the same name. Which one do you tap?
phone-map-walk-q-1-a-1 = The first one; it must be right
phone-map-walk-q-1-a-1-feedback = Not always. The first one on the list may not be the one you want. Read the address under the name, and tap when the district and street both match.
phone-map-walk-q-1-a-2 = Read the address under it, and tap the one that matches
phone-map-walk-q-1-a-2-feedback = That's right! Many places share a name. Only a matching address tells you it's the one you want.
phone-map-walk-q-1-a-3 = The one closest to me
phone-map-walk-q-1-a-3-feedback = The closest one is not always right. Read the address first, and tap when it matches where you are going. A little farther is fine.

phone-map-walk-q-2 = Navigation has started, and you are walking along. What is the safest way to use it?
phone-map-walk-q-2-a-1 = Keep my eyes on the screen as I walk
phone-map-walk-q-2-a-1-feedback = Looking at the phone while walking, you may trip and not see the cars. Follow the voice, and stop first if you want to look at the screen.
phone-map-walk-q-2-a-2 = Follow the voice, and stop before I look at the screen
phone-map-walk-q-2-a-2-feedback = That's right! Your ears follow the way, your eyes watch the road. When crossing the street, put the phone down first.
phone-map-walk-q-2-a-3 = Turn the sound off so it isn't noisy
phone-map-walk-q-2-a-3-feedback = With the sound off, you won't hear where to turn. Keep the sound on, turn it up a little, and follow the voice.
