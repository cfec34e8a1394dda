// Major cities and regions, with the ISO 3166-1 alpha-3 code of their country (capitals come from
// the country table). Written from general geographic knowledge (city names and the countries they
// lie in are facts; the selection follows the usual "largest cities / most newsworthy places"
// lists); no third-party text was copied. Licence: as the project.
// Cities: name, iso3, aliases (|-separated). Regions: name, iso3 or empty, aliases.
extension GazetteerData {
    static let cities = """
La Paz	BOL
Santa Cruz de la Sierra	BOL	Santa Cruz
Sri Jayawardenepura Kotte	LKA	Kotte
New York	USA	New York City|NYC
Los Angeles	USA	L.A.
Chicago	USA
Houston	USA
Phoenix	USA
Philadelphia	USA
San Antonio	USA
San Diego	USA
Dallas	USA
San Francisco	USA
Seattle	USA
Boston	USA
Miami	USA
Atlanta	USA
Detroit	USA
Denver	USA
Las Vegas	USA
New Orleans	USA
Baltimore	USA
Pittsburgh	USA
Cleveland	USA
Minneapolis	USA
St. Louis	USA
Honolulu	USA
Anchorage	USA
Guam	USA
Pearl Harbor	USA
Manhattan	USA
Brooklyn	USA
Silicon Valley	USA
Palm Beach	USA
Mar-a-Lago	USA
Camp David	USA
Singapore	SGP
Toronto	CAN
Montreal	CAN
Vancouver	CAN
Calgary	CAN
Quebec	CAN
Sao Paulo	BRA	São Paulo
Rio de Janeiro	BRA	Rio
Guadalajara	MEX
Monterrey	MEX
Tijuana	MEX
Medellin	COL	Medellín
Cali	COL
Guayaquil	ECU
Valparaiso	CHL
Cordoba	ARG	Córdoba
Rosario	ARG
Manchester	GBR
Birmingham	GBR
Liverpool	GBR
Glasgow	GBR
Edinburgh	GBR
Belfast	GBR
Cardiff	GBR
Oxford	GBR
Cambridge	GBR
Leeds	GBR
Bristol	GBR
Salisbury	GBR
Marseille	FRA	Marseilles
Lyon	FRA	Lyons
Toulouse	FRA
Nice	FRA
Strasbourg	FRA
Bordeaux	FRA
Lille	FRA
Calais	FRA
Versailles	FRA
Hamburg	DEU
Munich	DEU	München
Frankfurt	DEU
Cologne	DEU	Köln
Stuttgart	DEU
Dusseldorf	DEU	Düsseldorf
Dresden	DEU
Leipzig	DEU
Bonn	DEU
Hanover	DEU	Hannover
Milan	ITA	Milano
Naples	ITA
Turin	ITA
Florence	ITA
Venice	ITA
Genoa	ITA
Palermo	ITA
Bologna	ITA
Barcelona	ESP
Valencia	ESP
Seville	ESP
Bilbao	ESP
Malaga	ESP	Málaga
Porto	PRT	Oporto
Rotterdam	NLD
The Hague	NLD	Hague
Antwerp	BEL
Geneva	CHE
Zurich	CHE	Zürich
Basel	CHE
Davos	CHE
Lausanne	CHE
Salzburg	AUT
Krakow	POL	Kraków|Cracow
Gdansk	POL	Gdańsk
Wroclaw	POL	Wrocław
Thessaloniki	GRC
Istanbul	TUR
Izmir	TUR
Antalya	TUR
Sochi	RUS
St. Petersburg	RUS	Saint Petersburg|St Petersburg|Leningrad
Vladivostok	RUS
Novosibirsk	RUS
Yekaterinburg	RUS
Kazan	RUS
Nizhny Novgorod	RUS
Samara	RUS
Omsk	RUS
Chelyabinsk	RUS
Rostov-on-Don	RUS	Rostov
Volgograd	RUS	Stalingrad
Krasnodar	RUS
Kaliningrad	RUS
Murmansk	RUS
Khabarovsk	RUS
Irkutsk	RUS
Grozny	RUS
Sevastopol	UKR
Kharkiv	UKR	Kharkov
Odesa	UKR	Odessa
Lviv	UKR	Lvov
Dnipro	UKR	Dnipropetrovsk
Donetsk	UKR
Luhansk	UKR	Lugansk
Mariupol	UKR
Kherson	UKR
Zaporizhzhia	UKR	Zaporozhye
Minsk	BLR
Almaty	KAZ
Samarkand	UZB
Batumi	GEO
Shanghai	CHN
Guangzhou	CHN	Canton
Shenzhen	CHN
Tianjin	CHN
Chongqing	CHN
Wuhan	CHN
Chengdu	CHN
Nanjing	CHN
Hangzhou	CHN
Xi'an	CHN	Xian
Shenyang	CHN
Harbin	CHN
Dalian	CHN
Qingdao	CHN
Xiamen	CHN
Dandong	CHN
Kunming	CHN
Urumqi	CHN
Lhasa	CHN
Changsha	CHN
Zhengzhou	CHN
Suzhou	CHN
Jinan	CHN
Fuzhou	CHN
Hefei	CHN
Nanning	CHN
Haikou	CHN
Sanya	CHN
Boao	CHN
Yanji	CHN
Changchun	CHN
Busan	KOR	Pusan
Incheon	KOR	Inchon
Daegu	KOR
Daejeon	KOR
Gwangju	KOR
Ulsan	KOR
Suwon	KOR
Pyeongchang	KOR	PyeongChang
Panmunjom	KOR	Panmunjeom
Jeju	KOR	Jeju Island
Sejong	KOR
Kaesong	PRK
Hamhung	PRK
Wonsan	PRK
Sinuiju	PRK
Yongbyon	PRK
Rason	PRK
Nampo	PRK
Punggye-ri	PRK
Osaka	JPN
Yokohama	JPN
Nagoya	JPN
Sapporo	JPN
Kobe	JPN
Kyoto	JPN
Fukuoka	JPN
Hiroshima	JPN
Nagasaki	JPN
Okinawa	JPN
Fukushima	JPN
Sendai	JPN
Kaohsiung	TWN
Taichung	TWN
Ho Chi Minh City	VNM	Saigon
Da Nang	VNM	Danang
Haiphong	VNM
Mumbai	IND	Bombay
Kolkata	IND	Calcutta
Chennai	IND	Madras
Bangalore	IND	Bengaluru
Hyderabad	IND
Ahmedabad	IND
Pune	IND
Jaipur	IND
Lucknow	IND
Srinagar	IND
Amritsar	IND
Goa	IND
Delhi	IND
Karachi	PAK
Lahore	PAK
Peshawar	PAK
Rawalpindi	PAK
Quetta	PAK
Chittagong	BGD
Kandahar	AFG
Herat	AFG
Mazar-i-Sharif	AFG
Jalalabad	AFG
Surabaya	IDN
Bandung	IDN
Medan	IDN
Bali	IDN
Cebu	PHL
Davao	PHL
Quezon City	PHL
Marawi	PHL
Yangon	MMR	Rangoon
Mandalay	MMR
Chiang Mai	THA
Phuket	THA
Pattaya	THA
Penang	MYS
Siem Reap	KHM
Sydney	AUS
Melbourne	AUS
Brisbane	AUS
Perth	AUS
Adelaide	AUS
Darwin	AUS
Auckland	NZL
Christchurch	NZL
Mecca	SAU	Makkah
Medina	SAU
Jeddah	SAU	Jidda
Dammam	SAU
Dubai	ARE
Sharjah	ARE
Basra	IRQ	Basrah
Mosul	IRQ
Erbil	IRQ	Irbil
Kirkuk	IRQ
Fallujah	IRQ
Najaf	IRQ
Karbala	IRQ
Tikrit	IRQ
Aleppo	SYR
Homs	SYR
Idlib	SYR
Raqqa	SYR
Deir ez-Zor	SYR
Latakia	SYR
Daraa	SYR
Palmyra	SYR
Isfahan	IRN
Mashhad	IRN
Tabriz	IRN
Shiraz	IRN
Qom	IRN
Natanz	IRN
Bushehr	IRN
Tel Aviv	ISR
Haifa	ISR
Eilat	ISR
Gaza	PSE	Gaza City
Ramallah	PSE
Hebron	PSE
Bethlehem	PSE
Nablus	PSE
Jenin	PSE
Rafah	PSE
Khan Younis	PSE
Tripoli	LBY
Benghazi	LBY
Misrata	LBY
Alexandria	EGY
Giza	EGY
Sharm el-Sheikh	EGY	Sharm El-Sheikh|Sharm el Sheikh
Luxor	EGY
Aswan	EGY
Port Said	EGY
Suez	EGY
Aden	YEM
Hodeidah	YEM
Taiz	YEM
Casablanca	MAR
Marrakesh	MAR	Marrakech
Tangier	MAR
Oran	DZA
Lagos	NGA
Kano	NGA
Ibadan	NGA
Maiduguri	NGA
Johannesburg	ZAF
Cape Town	ZAF
Durban	ZAF
Soweto	ZAF
Mombasa	KEN
Kisumu	KEN
Goma	COD
Lubumbashi	COD
Benghazi	LBY
Timbuktu	MLI
Gao	MLI
Omdurman	SDN
Port Sudan	SDN
Darfur	SDN
Zanzibar	TZA
Dar es Salaam	TZA
Abidjan	CIV
Douala	CMR
Kandy	LKA
"""

    static let regions = """
Korean Peninsula		Korean peninsula
Northeast Asia		North East Asia
Southeast Asia		South East Asia
East Asia
South Asia
Central Asia
Asia
Asia-Pacific		Asia Pacific
Europe
Eastern Europe
Western Europe
Central Europe
Africa
North Africa
West Africa
East Africa
Southern Africa
Sub-Saharan Africa
Horn of Africa
Sahel
Middle East		Mideast
Near East
Persian Gulf		Gulf
Latin America
South America
North America
Central America
Caribbean
Balkans
Baltic
Baltics
Caucasus
North Caucasus
Scandinavia
Arctic
Antarctica
Pacific		Pacific Ocean
Atlantic		Atlantic Ocean
Indian Ocean
Mediterranean		Mediterranean Sea
Black Sea
Baltic Sea
Caspian Sea
Red Sea
South China Sea
East China Sea
Yellow Sea
Sea of Japan		East Sea
Taiwan Strait		Taiwan Straits
Strait of Hormuz
Suez Canal
Panama Canal
Siberia	RUS
Far East	RUS	Russian Far East
Chechnya	RUS
Dagestan	RUS
Crimea	UKR
Donbas	UKR	Donbass
Kashmir
Tibet	CHN
Xinjiang	CHN
Inner Mongolia	CHN
Manchuria	CHN
Guangdong	CHN
Fujian	CHN
Yunnan	CHN
Sichuan	CHN
Hainan	CHN
Liaoning	CHN
Jilin	CHN
Heilongjiang	CHN
Gyeonggi	KOR	Gyeonggi Province
Gangwon	KOR	Gangwon Province
Jeju	KOR
Hokkaido	JPN
Kyushu	JPN
Honshu	JPN
Kurils	RUS	Kuril Islands|Kurile Islands
Sakhalin	RUS
West Bank	PSE
Gaza Strip	PSE
Golan Heights
Sinai	EGY	Sinai Peninsula
Kurdistan
Punjab
Bengal
Texas	USA
California	USA
Florida	USA
Alaska	USA
Hawaii	USA
Virginia	USA
Maryland	USA
Ohio	USA
Michigan	USA
Pennsylvania	USA
Illinois	USA
Arizona	USA
Nevada	USA
Oregon	USA
Massachusetts	USA
New Jersey	USA
North Carolina	USA
South Carolina	USA
Iowa	USA
New Hampshire	USA
Wisconsin	USA
Minnesota	USA
Colorado	USA
Tennessee	USA
Kentucky	USA
Louisiana	USA
Alabama	USA
Mississippi	USA
Oklahoma	USA
Utah	USA
Connecticut	USA
Missouri	USA
Indiana	USA
Kansas	USA
Nebraska	USA
Idaho	USA
Montana	USA
Wyoming	USA
Vermont	USA
Maine	USA
Delaware	USA
Rhode Island	USA
Arkansas	USA
New Mexico	USA
North Dakota	USA
South Dakota	USA
West Virginia	USA
Ontario	CAN
Quebec	CAN
British Columbia	CAN
Alberta	CAN
Scotland	GBR
England	GBR
Wales	GBR
Northern Ireland	GBR
Bavaria	DEU
Catalonia	ESP
Basque Country	ESP
Sicily	ITA
Sardinia	ITA
Corsica	FRA
Normandy	FRA
Brittany	FRA
Tasmania	AUS
Queensland	AUS
New South Wales	AUS
Victoria	AUS
Mindanao	PHL
Luzon	PHL
Java	IDN
Sumatra	IDN
Borneo
Papua	IDN
Aceh	IDN
Nagorno-Karabakh		Karabakh
Abkhazia	GEO
South Ossetia	GEO
Transnistria	MDA
Kosovo	XKX
"""
}
