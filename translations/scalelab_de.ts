<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Autosave</name>
    <message>
        <source>%1: cannot open the lock (%2)</source>
        <translation>%1: Die Sperrdatei kann nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <source>%1: in use by another window</source>
        <translation>%1: wird von einem anderen Fenster verwendet</translation>
    </message>
    <message>
        <source>%1: removed while locking</source>
        <translation>%1: beim Sperren entfernt</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>The clipboard holds no components.</source>
        <translation>Die Zwischenablage enthält keine Komponenten.</translation>
    </message>
</context>
<context>
    <name>ComponentKinds</name>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>A population of clients in one region that sends requests.</source>
        <translation>Eine Gruppe von Clients in einer Region, die Anfragen senden.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Where these users are.</source>
        <translation>Wo sich diese Nutzer befinden.</translation>
    </message>
    <message>
        <source>north america</source>
        <translation>Nordamerika</translation>
    </message>
    <message>
        <source>europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>asia</source>
        <translation>Asien</translation>
    </message>
    <message>
        <source>south america</source>
        <translation>Südamerika</translation>
    </message>
    <message>
        <source>oceania</source>
        <translation>Ozeanien</translation>
    </message>
    <message>
        <source>Share of traffic</source>
        <translation>Anteil am Verkehr</translation>
    </message>
    <message>
        <source>Relative weight of this region in the workload.</source>
        <translation>Relatives Gewicht dieser Region an der Gesamtlast.</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Turns a name into the address of a data center; clients cache the answer for its TTL.</source>
        <translation>Übersetzt einen Namen in die Adresse eines Rechenzentrums; Clients speichern die Antwort für ihre TTL zwischen.</translation>
    </message>
    <message>
        <source>Record TTL</source>
        <translation>TTL des Eintrags</translation>
    </message>
    <message>
        <source>How long clients keep an answer.</source>
        <translation>Wie lange Clients eine Antwort behalten.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>GeoDNS</source>
        <translation>GeoDNS</translation>
    </message>
    <message>
        <source>Answer each region with its nearest healthy data center.</source>
        <translation>Jeder Region das nächstgelegene gesunde Rechenzentrum nennen.</translation>
    </message>
    <message>
        <source>Health-check interval</source>
        <translation>Intervall der Zustandsprüfung</translation>
    </message>
    <message>
        <source>How often DNS probes each target.</source>
        <translation>Wie oft DNS jedes Ziel prüft.</translation>
    </message>
    <message>
        <source>Unhealthy threshold</source>
        <translation>Schwelle „nicht gesund“</translation>
    </message>
    <message>
        <source>Failed probes in a row before a target is taken out.</source>
        <translation>Fehlgeschlagene Prüfungen in Folge, bevor ein Ziel herausgenommen wird.</translation>
    </message>
    <message>
        <source>checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>CDN edge</source>
        <translation>CDN-Edge</translation>
    </message>
    <message>
        <source>Serves static files from a cache near the users and fetches misses from the origin.</source>
        <translation>Liefert statische Dateien aus einem Cache nahe den Nutzern und holt Fehltreffer vom Ursprungsserver.</translation>
    </message>
    <message>
        <source>Where this edge is.</source>
        <translation>Wo dieser Edge-Knoten steht.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Objects the edge can hold.</source>
        <translation>Objekte, die der Edge-Knoten aufnehmen kann.</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Object TTL</source>
        <translation>TTL der Objekte</translation>
    </message>
    <message>
        <source>How long a cached object stays fresh (0 = forever).</source>
        <translation>Wie lange ein zwischengespeichertes Objekt frisch bleibt (0 = für immer).</translation>
    </message>
    <message>
        <source>Eviction</source>
        <translation>Verdrängung</translation>
    </message>
    <message>
        <source>Which object is dropped when full.</source>
        <translation>Welches Objekt entfernt wird, wenn der Speicher voll ist.</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Requests served in parallel (threads or cores).</source>
        <translation>Parallel bearbeitete Anfragen (Threads oder Kerne).</translation>
    </message>
    <message>
        <source>Service time</source>
        <translation>Bedienzeit</translation>
    </message>
    <message>
        <source>Mean time one worker spends on one request.</source>
        <translation>Mittlere Zeit, die ein Worker für eine Anfrage braucht.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Service distribution</source>
        <translation>Verteilung der Bedienzeit</translation>
    </message>
    <message>
        <source>Shape of the service-time distribution.</source>
        <translation>Form der Verteilung der Bedienzeiten.</translation>
    </message>
    <message>
        <source>exponential</source>
        <translation>exponentiell</translation>
    </message>
    <message>
        <source>deterministic</source>
        <translation>deterministisch</translation>
    </message>
    <message>
        <source>lognormal</source>
        <translation>lognormal</translation>
    </message>
    <message>
        <source>Service variability</source>
        <translation>Streuung der Bedienzeit</translation>
    </message>
    <message>
        <source>Coefficient of variation for the lognormal distribution.</source>
        <translation>Variationskoeffizient der Lognormalverteilung.</translation>
    </message>
    <message>
        <source>Queue capacity</source>
        <translation>Kapazität der Warteschlange</translation>
    </message>
    <message>
        <source>Requests that may wait; arrivals beyond it are rejected.</source>
        <translation>Anfragen, die warten dürfen; weitere Ankünfte werden abgewiesen.</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Queue timeout</source>
        <translation>Timeout der Warteschlange</translation>
    </message>
    <message>
        <source>A request that waited longer than this is dropped (0 = never).</source>
        <translation>Eine Anfrage, die länger gewartet hat, wird verworfen (0 = nie).</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>What one instance costs per hour.</source>
        <translation>Was eine Instanz pro Stunde kostet.</translation>
    </message>
    <message>
        <source>$/h</source>
        <translation>$/h</translation>
    </message>
    <message>
        <source>API gateway</source>
        <translation>API-Gateway</translation>
    </message>
    <message>
        <source>Front door that rate-limits clients before they reach the servers.</source>
        <translation>Eingangstor, das die Anfragerate der Clients begrenzt, bevor sie die Server erreichen.</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Ratenbegrenzung</translation>
    </message>
    <message>
        <source>Requests per second let through (0 = unlimited).</source>
        <translation>Durchgelassene Anfragen pro Sekunde (0 = unbegrenzt).</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>Anfr./s</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>Burst</translation>
    </message>
    <message>
        <source>Requests allowed above the rate in a burst.</source>
        <translation>Anfragen, die in einem Schwall über der Rate erlaubt sind.</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Load Balancer</translation>
    </message>
    <message>
        <source>Spreads requests over web servers and stops sending to the ones that fail health checks.</source>
        <translation>Verteilt Anfragen auf Webserver und schickt keine mehr an die, deren Zustandsprüfung fehlschlägt.</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>How a server is picked for each request.</source>
        <translation>Wie für jede Anfrage ein Server gewählt wird.</translation>
    </message>
    <message>
        <source>round robin</source>
        <translation>Round Robin (reihum)</translation>
    </message>
    <message>
        <source>least connections</source>
        <translation>wenigste Verbindungen</translation>
    </message>
    <message>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <source>consistent hash</source>
        <translation>Consistent Hashing</translation>
    </message>
    <message>
        <source>sticky</source>
        <translation>sticky (fest zugeordnet)</translation>
    </message>
    <message>
        <source>How often each server is probed.</source>
        <translation>Wie oft jeder Server geprüft wird.</translation>
    </message>
    <message>
        <source>Failed probes in a row before a server is taken out.</source>
        <translation>Fehlgeschlagene Prüfungen in Folge, bevor ein Server herausgenommen wird.</translation>
    </message>
    <message>
        <source>Web server</source>
        <translation>Webserver</translation>
    </message>
    <message>
        <source>Runs the application code for each request.</source>
        <translation>Führt für jede Anfrage den Anwendungscode aus.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Stateful keeps sessions in this server&apos;s memory; stateless keeps them in a session store.</source>
        <translation>Zustandsbehaftet hält Sessions im Speicher dieses Servers; zustandslos legt sie in einem Session-Store ab.</translation>
    </message>
    <message>
        <source>stateless</source>
        <translation>zustandslos</translation>
    </message>
    <message>
        <source>stateful</source>
        <translation>zustandsbehaftet</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Keeps hot data in memory so most reads skip the database.</source>
        <translation>Hält häufig gelesene Daten im Speicher, damit die meisten Lesezugriffe die Datenbank nicht erreichen.</translation>
    </message>
    <message>
        <source>Items the cache can hold.</source>
        <translation>Einträge, die der Cache aufnehmen kann.</translation>
    </message>
    <message>
        <source>Which item is dropped when full.</source>
        <translation>Welcher Eintrag entfernt wird, wenn der Cache voll ist.</translation>
    </message>
    <message>
        <source>Item TTL</source>
        <translation>TTL der Einträge</translation>
    </message>
    <message>
        <source>How long an item stays fresh (0 = forever).</source>
        <translation>Wie lange ein Eintrag frisch bleibt (0 = für immer).</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>How reads and writes use the cache.</source>
        <translation>Wie Lese- und Schreibzugriffe den Cache nutzen.</translation>
    </message>
    <message>
        <source>Refresh ahead at</source>
        <translation>Vorab auffrischen bei</translation>
    </message>
    <message>
        <source>Refresh-ahead reloads an item read after this fraction of its TTL.</source>
        <translation>Refresh-Ahead lädt einen Eintrag neu, der nach diesem Bruchteil seiner TTL gelesen wird.</translation>
    </message>
    <message>
        <source>of TTL</source>
        <translation>der TTL</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Stores the data: the primary takes writes, replicas serve reads.</source>
        <translation>Speichert die Daten: Der Primärserver nimmt Schreibzugriffe an, Replikate bedienen Lesezugriffe.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Primary accepts writes; a replica copies it and serves reads.</source>
        <translation>Der Primärserver nimmt Schreibzugriffe an; ein Replikat kopiert ihn und bedient Lesezugriffe.</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>replica</source>
        <translation>Replikat</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>NoSQL trades joins for faster, simpler key lookups (half the service time).</source>
        <translation>NoSQL verzichtet auf Joins zugunsten schnellerer, einfacher Schlüsselabfragen (halbe Bedienzeit).</translation>
    </message>
    <message>
        <source>Write time</source>
        <translation>Schreibzeit</translation>
    </message>
    <message>
        <source>Mean time one worker spends on a write.</source>
        <translation>Mittlere Zeit, die ein Worker für einen Schreibzugriff braucht.</translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation>Replikationsverzögerung</translation>
    </message>
    <message>
        <source>How far a replica trails the primary.</source>
        <translation>Wie weit ein Replikat dem Primärserver hinterherhinkt.</translation>
    </message>
    <message>
        <source>Failure detection</source>
        <translation>Ausfallerkennung</translation>
    </message>
    <message>
        <source>How long before a dead primary is noticed.</source>
        <translation>Wie lange es dauert, bis ein ausgefallener Primärserver bemerkt wird.</translation>
    </message>
    <message>
        <source>Promotion time</source>
        <translation>Dauer der Hochstufung</translation>
    </message>
    <message>
        <source>How long promoting a replica takes.</source>
        <translation>Wie lange es dauert, ein Replikat zum Primärserver zu machen.</translation>
    </message>
    <message>
        <source>Shard router</source>
        <translation>Shard-Router</translation>
    </message>
    <message>
        <source>Sends each key to the database shard that owns it.</source>
        <translation>Schickt jeden Schlüssel an den Datenbank-Shard, dem er gehört.</translation>
    </message>
    <message>
        <source>Partitioning</source>
        <translation>Partitionierung</translation>
    </message>
    <message>
        <source>Hash spreads keys evenly; range keeps neighbours together.</source>
        <translation>Hash verteilt Schlüssel gleichmäßig; Bereich hält benachbarte Schlüssel zusammen.</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Session store</source>
        <translation>Session-Store</translation>
    </message>
    <message>
        <source>A shared store for login sessions so any web server can serve any user.</source>
        <translation>Ein gemeinsamer Speicher für Anmelde-Sessions, damit jeder Webserver jeden Nutzer bedienen kann.</translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation>Message Queue</translation>
    </message>
    <message>
        <source>A durable buffer that lets slow work happen later, at the workers&apos; pace.</source>
        <translation>Ein dauerhafter Puffer, damit langsame Arbeit später im Tempo der Worker erledigt wird.</translation>
    </message>
    <message>
        <source>Messages the queue can hold.</source>
        <translation>Nachrichten, die die Queue aufnehmen kann.</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>What the queue costs per hour.</source>
        <translation>Was die Queue pro Stunde kostet.</translation>
    </message>
    <message>
        <source>Background consumers that take jobs from a message queue.</source>
        <translation>Hintergrundprozesse, die Aufträge aus einer Message Queue abholen.</translation>
    </message>
    <message>
        <source>Job failure rate</source>
        <translation>Fehlerquote der Aufträge</translation>
    </message>
    <message>
        <source>Probability that one attempt of a job fails.</source>
        <translation>Wahrscheinlichkeit, dass ein Versuch eines Auftrags fehlschlägt.</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Attempts after the first before a job goes to the dead-letter queue.</source>
        <translation>Versuche nach dem ersten, bevor ein Auftrag in die Dead-Letter-Queue wandert.</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <source>A site in one region; an outage takes down everything inside it.</source>
        <translation>Ein Standort in einer Region; ein Ausfall legt alles darin lahm.</translation>
    </message>
    <message>
        <source>Where the data center is.</source>
        <translation>Wo das Rechenzentrum steht.</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Watches a metric and raises an alert when it stays past a bound.</source>
        <translation>Beobachtet eine Kennzahl und schlägt Alarm, wenn sie eine Grenze dauerhaft überschreitet.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>What is watched (end to end when nothing is connected).</source>
        <translation>Was beobachtet wird (Ende-zu-Ende, wenn nichts verbunden ist).</translation>
    </message>
    <message>
        <source>error rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>utilization</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>queue length</source>
        <translation>Länge der Warteschlange</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>The alert fires above this value.</source>
        <translation>Der Alarm löst oberhalb dieses Werts aus.</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>How long the metric must stay above the threshold.</source>
        <translation>Wie lange die Kennzahl über der Schwelle bleiben muss.</translation>
    </message>
    <message>
        <source>Autoscaler</source>
        <translation>Autoscaler</translation>
    </message>
    <message>
        <source>Adds web servers behind a load balancer when they are busy and removes them when idle.</source>
        <translation>Fügt hinter einem Load Balancer Webserver hinzu, wenn sie ausgelastet sind, und entfernt sie, wenn sie untätig sind.</translation>
    </message>
    <message>
        <source>Scale out above</source>
        <translation>Hochskalieren über</translation>
    </message>
    <message>
        <source>Average utilization that adds a server.</source>
        <translation>Mittlere Auslastung, ab der ein Server hinzukommt.</translation>
    </message>
    <message>
        <source>Scale in below</source>
        <translation>Herunterskalieren unter</translation>
    </message>
    <message>
        <source>Average utilization that removes a server.</source>
        <translation>Mittlere Auslastung, unter der ein Server wegfällt.</translation>
    </message>
    <message>
        <source>Minimum servers</source>
        <translation>Mindestzahl Server</translation>
    </message>
    <message>
        <source>Never fewer than this.</source>
        <translation>Nie weniger als diese.</translation>
    </message>
    <message>
        <source>Maximum servers</source>
        <translation>Höchstzahl Server</translation>
    </message>
    <message>
        <source>Never more than this.</source>
        <translation>Nie mehr als diese.</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aufwärmzeit</translation>
    </message>
    <message>
        <source>Time before a new server takes traffic.</source>
        <translation>Zeit, bevor ein neuer Server Verkehr annimmt.</translation>
    </message>
    <message>
        <source>Cool-down</source>
        <translation>Abkühlzeit</translation>
    </message>
    <message>
        <source>Pause after each scaling action.</source>
        <translation>Pause nach jeder Skalierungsaktion.</translation>
    </message>
    <message>
        <source>Check interval</source>
        <translation>Prüfintervall</translation>
    </message>
    <message>
        <source>How often utilization is checked.</source>
        <translation>Wie oft die Auslastung geprüft wird.</translation>
    </message>
    <message>
        <source>Cache copies</source>
        <translation>Cache-Kopien</translation>
    </message>
    <message>
        <source>With several caches connected (a cluster), on how many of them each key is kept.</source>
        <translation>Bei mehreren verbundenen Caches (einem Cluster): auf wie vielen davon jeder Schlüssel liegt.</translation>
    </message>
    <message>
        <source>Job work</source>
        <translation>Job-Arbeit</translation>
    </message>
    <message>
        <source>Work of one background job when no message queue is connected: done inside the request.</source>
        <translation>Arbeit eines Hintergrundjobs, wenn keine Message Queue verbunden ist: wird innerhalb der Anfrage erledigt.</translation>
    </message>
    <message>
        <source>Invalidate on write</source>
        <translation>Beim Schreiben invalidieren</translation>
    </message>
    <message>
        <source>A write drops the key from the cache; off: a cached item stays until its TTL ends, even if stale.</source>
        <translation>Ein Schreibvorgang entfernt den Schlüssel aus dem Cache; aus: ein zwischengespeicherter Eintrag bleibt bis zum Ende seiner TTL, auch wenn er veraltet ist.</translation>
    </message>
    <message>
        <source>Replace after</source>
        <translation>Ersetzen nach</translation>
    </message>
    <message>
        <source>A server taken out by health checks and still down this long is replaced by a new one (0 = never).</source>
        <translation>Ein von den Health-Checks herausgenommener Server, der so lange ausgefallen bleibt, wird durch einen neuen ersetzt (0 = nie).</translation>
    </message>
    <message>
        <source>Primary: a member of its replica set down this long is replaced by a new replica (0 = never).</source>
        <translation>Primärserver: Ein Mitglied seines Replikat-Verbunds, das so lange ausgefallen ist, wird durch ein neues Replikat ersetzt (0 = nie).</translation>
    </message>
    <message>
        <source>Data size</source>
        <translation>Datenmenge</translation>
    </message>
    <message>
        <source>How much data a new replica must copy before it serves reads.</source>
        <translation>Wie viele Daten ein neues Replikat kopieren muss, bevor es Lesezugriffe bedient.</translation>
    </message>
    <message>
        <source>Copy speed</source>
        <translation>Kopiergeschwindigkeit</translation>
    </message>
    <message>
        <source>How fast a new replica receives its initial copy.</source>
        <translation>Wie schnell ein neues Replikat seine erste Kopie erhält.</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <source>Object storage</source>
        <translation>Objektspeicher</translation>
    </message>
    <message>
        <source>Shared, durable storage for users&apos; files (like S3): every web server sees the same files, and no server&apos;s crash loses one.</source>
        <translation>Gemeinsamer, dauerhafter Speicher für die Dateien der Nutzer (wie S3): Jeder Webserver sieht dieselben Dateien, und kein Serverabsturz verliert eine davon.</translation>
    </message>
    <message>
        <source>Writes with a file</source>
        <translation>Schreibzugriffe mit Datei</translation>
    </message>
    <message>
        <source>Share of writes that upload a user&apos;s file: kept on this server&apos;s disk, or in object storage when one is connected.</source>
        <translation>Anteil der Schreibzugriffe, die eine Datei eines Nutzers hochladen: Sie liegt auf der Festplatte dieses Servers oder im Objektspeicher, wenn einer verbunden ist.</translation>
    </message>
</context>
<context>
    <name>EventMarkers</name>
    <message>
        <source>%1 s: %2</source>
        <translation>%1 s: %2</translation>
    </message>
    <message>
        <source>spike</source>
        <translation>Lastspitze</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>ramp</source>
        <translation>Rampe</translation>
    </message>
    <message>
        <source>daily cycle</source>
        <translation>Tagesgang</translation>
    </message>
    <message>
        <source>crash</source>
        <translation>Absturz</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>primary lost</source>
        <translation>Primärserver verloren</translation>
    </message>
    <message>
        <source>replica lost</source>
        <translation>Replikat verloren</translation>
    </message>
    <message>
        <source>cache flush</source>
        <translation>Cache geleert</translation>
    </message>
    <message>
        <source>cache down</source>
        <translation>Cache ausgefallen</translation>
    </message>
    <message>
        <source>DC outage</source>
        <translation>RZ-Ausfall</translation>
    </message>
    <message>
        <source>partition</source>
        <translation>Netztrennung</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>slow</source>
        <translation>langsam</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>+server</source>
        <translation>+Server</translation>
    </message>
    <message>
        <source>-server</source>
        <translation>−Server</translation>
    </message>
    <message>
        <source>+replica</source>
        <translation>+Replikat</translation>
    </message>
    <message>
        <source>mark</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>DC back</source>
        <translation>RZ wieder da</translation>
    </message>
    <message>
        <source>healed</source>
        <translation>geheilt</translation>
    </message>
    <message>
        <source>latency normal</source>
        <translation>Latenz normal</translation>
    </message>
    <message>
        <source>speed normal</source>
        <translation>Tempo normal</translation>
    </message>
    <message>
        <source>errors end</source>
        <translation>Fehler vorbei</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation>nicht gesund</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>failover</source>
        <translation>Failover</translation>
    </message>
    <message>
        <source>promoted</source>
        <translation>hochgestuft</translation>
    </message>
    <message>
        <source>failover failed</source>
        <translation>Failover fehlgeschlagen</translation>
    </message>
    <message>
        <source>writes lost</source>
        <translation>Schreibzugriffe verloren</translation>
    </message>
    <message>
        <source>DNS switch</source>
        <translation>DNS-Umschaltung</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>drained</source>
        <translation>geleert</translation>
    </message>
    <message>
        <source>drain timeout</source>
        <translation>Drain-Frist abgelaufen</translation>
    </message>
    <message>
        <source>copying</source>
        <translation>kopiert</translation>
    </message>
    <message>
        <source>replica ready</source>
        <translation>Replikat bereit</translation>
    </message>
    <message>
        <source>sessions lost</source>
        <translation>Sessions verloren</translation>
    </message>
    <message>
        <source>files lost</source>
        <translation>Dateien verloren</translation>
    </message>
    <message>
        <source>autoscale</source>
        <translation>Autoskalierung</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>alert over</source>
        <translation>Alarm vorbei</translation>
    </message>
    <message>
        <source>breaker open</source>
        <translation>Sicherung offen</translation>
    </message>
    <message>
        <source>breaker closed</source>
        <translation>Sicherung zu</translation>
    </message>
    <message>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>EventTerms</name>
    <message>
        <source>p99 latency</source>
        <translation>p99-Latenz</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>p95-Latenz</translation>
    </message>
    <message>
        <source>error rate</source>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <source>utilization</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>queue length</source>
        <translation>Warteschlangenlänge</translation>
    </message>
</context>
<context>
    <name>EventTexts</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>traffic spike x%1</source>
        <translation>Lastspitze ×%1</translation>
    </message>
    <message>
        <source>%1 answers %2% of requests with an error</source>
        <translation>%1 beantwortet %2 % der Anfragen mit einem Fehler</translation>
    </message>
    <message>
        <source>server added: %1</source>
        <translation>Server hinzugefügt: %1</translation>
    </message>
    <message>
        <source>replica added: %1</source>
        <translation>Replikat hinzugefügt: %1</translation>
    </message>
    <message>
        <source>recovered: %1</source>
        <translation>wieder da: %1</translation>
    </message>
    <message>
        <source>data center back: %1</source>
        <translation>Rechenzentrum wieder da: %1</translation>
    </message>
    <message>
        <source>partition healed</source>
        <translation>Netztrennung behoben</translation>
    </message>
    <message>
        <source>link latency back to normal</source>
        <translation>Verbindungslatenz wieder normal</translation>
    </message>
    <message>
        <source>back to normal speed: %1</source>
        <translation>wieder normales Tempo: %1</translation>
    </message>
    <message>
        <source>no more errors: %1</source>
        <translation>keine Fehler mehr: %1</translation>
    </message>
    <message>
        <source>DNS now sends %1 users to %2</source>
        <translation>DNS schickt Nutzer aus %1 jetzt zu %2</translation>
    </message>
    <message>
        <source>DNS now sends %1 users to %2 instead of %3</source>
        <translation>DNS schickt Nutzer aus %1 jetzt zu %2 statt zu %3</translation>
    </message>
    <message>
        <source>DNS health check: %1 removed from the record</source>
        <translation>DNS-Zustandsprüfung: %1 aus dem Eintrag entfernt</translation>
    </message>
    <message>
        <source>DNS health check: %1 back in the record</source>
        <translation>DNS-Zustandsprüfung: %1 wieder im Eintrag</translation>
    </message>
    <message>
        <source>%1 drained: %2 requests finished in %3 ms</source>
        <translation>%1 geleert: %2 Anfragen in %3 ms zu Ende bearbeitet</translation>
    </message>
    <message>
        <source>drain timeout on %1: %2 requests cut off, %3 finished</source>
        <translation>Leerlauf-Frist von %1 abgelaufen: %2 Anfragen abgebrochen, %3 beendet</translation>
    </message>
    <message>
        <source>%1 users&apos; files lost with %2</source>
        <translation>Dateien von %1 Nutzern mit %2 verloren</translation>
    </message>
    <message>
        <source>%1 users logged out on %2</source>
        <translation>%1 Nutzer auf %2 abgemeldet</translation>
    </message>
    <message>
        <source>replacement for %1: %2</source>
        <translation>Ersatz für %1: %2</translation>
    </message>
    <message>
        <source>health check: %1 taken out</source>
        <translation>Zustandsprüfung: %1 herausgenommen</translation>
    </message>
    <message>
        <source>health check: %1 back in</source>
        <translation>Zustandsprüfung: %1 wieder dabei</translation>
    </message>
    <message>
        <source>%1 warmed up and takes traffic</source>
        <translation>%1 ist aufgewärmt und nimmt Verkehr an</translation>
    </message>
    <message>
        <source>autoscaler adds %1 (utilization %2%)</source>
        <translation>Autoskalierer fügt %1 hinzu (Auslastung %2 %)</translation>
    </message>
    <message>
        <source>autoscaler retires %1 (utilization %2%)</source>
        <translation>Autoskalierer nimmt %1 heraus (Auslastung %2 %)</translation>
    </message>
    <message>
        <source>%1: end-to-end %2 is %3%4, above %5%4 for %6 s</source>
        <translation>%1: %2 (Ende zu Ende) ist %3%4, seit %6 s über %5%4</translation>
    </message>
    <message>
        <source>%1: end-to-end %2 back to %3%4</source>
        <translation>%1: %2 (Ende zu Ende) wieder bei %3%4</translation>
    </message>
    <message>
        <source>%1: %2 of %3 is %4%5, above %6%5 for %7 s</source>
        <translation>%1: %2 von %3 ist %4%5, seit %7 s über %6%5</translation>
    </message>
    <message>
        <source>%1: %2 of %3 back to %4%5</source>
        <translation>%1: %2 von %3 wieder bei %4%5</translation>
    </message>
    <message>
        <source>%1 writes not yet replicated were lost</source>
        <translation>%1 noch nicht replizierte Schreibvorgänge gingen verloren</translation>
    </message>
    <message>
        <source>new replica %1 copies %2 GB: ready in %3 s</source>
        <translation>neues Replikat %1 kopiert %2 GB: bereit in %3 s</translation>
    </message>
    <message>
        <source>%1 has its copy of the data and serves reads</source>
        <translation>%1 hat seine Kopie der Daten und bedient Lesezugriffe</translation>
    </message>
    <message>
        <source>primary failure detected: promoting a replica</source>
        <translation>Ausfall des Primärservers erkannt: ein Replikat wird befördert</translation>
    </message>
    <message>
        <source>no healthy replica to promote: writes stay down</source>
        <translation>kein gesundes Replikat zum Befördern: Schreiben bleibt ausgefallen</translation>
    </message>
    <message>
        <source>%1 promoted to primary after %2 s</source>
        <translation>%1 nach %2 s zum Primärserver befördert</translation>
    </message>
    <message>
        <source>circuit breaker closed: %1&apos;s probe succeeded</source>
        <translation>Sicherung geschlossen: die Probe von %1 war erfolgreich</translation>
    </message>
    <message>
        <source>circuit breaker opened: %1 of %2 attempts failed (%3)</source>
        <translation>Sicherung geöffnet: %1 von %2 Versuchen fehlgeschlagen (%3)</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>request rate set to %1 req/s</source>
        <translation>Anfragerate auf %1 Anfr./s gesetzt</translation>
    </message>
    <message>
        <source>users set to %1</source>
        <translation>Nutzer auf %1 gesetzt</translation>
    </message>
    <message>
        <source>request mix set to %1% reads, %2% writes</source>
        <translation>Anfragemix auf %1 % Lesen, %2 % Schreiben gesetzt</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>LRU (least recently used)</source>
        <translation>LRU (am längsten nicht genutzt)</translation>
    </message>
    <message>
        <source>LFU (least frequently used)</source>
        <translation>LFU (am seltensten genutzt)</translation>
    </message>
    <message>
        <source>FIFO (oldest first)</source>
        <translation>FIFO (älteste zuerst)</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>NoSQL</source>
        <translation>NoSQL</translation>
    </message>
    <message>
        <source>cache-aside</source>
        <translation>Cache-Aside</translation>
    </message>
    <message>
        <source>read-through</source>
        <translation>Read-Through</translation>
    </message>
    <message>
        <source>write-through</source>
        <translation>Write-Through</translation>
    </message>
    <message>
        <source>refresh-ahead</source>
        <translation>Refresh-Ahead</translation>
    </message>
    <message>
        <source>p99 latency (ms)</source>
        <translation>p99-Latenz (ms)</translation>
    </message>
    <message>
        <source>p95 latency (ms)</source>
        <translation>p95-Latenz (ms)</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language applies the next time ScaleLab starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von ScaleLab.</translation>
    </message>
</context>
<context>
    <name>LessonSummary</name>
    <message>
        <source>Lesson summary of %1. It names no one: it shows what was done on this computer.</source>
        <translation>Lektionszusammenfassung vom %1. Sie nennt niemanden: Sie zeigt, was an diesem Computer getan wurde.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>Completed: every goal was met.</source>
        <translation>Abgeschlossen: Jedes Ziel wurde erreicht.</translation>
    </message>
    <message>
        <source>Not completed yet.</source>
        <translation>Noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Ziele:</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>noch nicht beantwortet</translation>
    </message>
    <message>
        <source>predicted right</source>
        <translation>richtig vorhergesagt</translation>
    </message>
    <message>
        <source>predicted wrong</source>
        <translation>falsch vorhergesagt</translation>
    </message>
    <message>
        <source>Prediction:</source>
        <translation>Vorhersage:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>%1 of %2 steps completed.</source>
        <translation>%1 von %2 Schritten abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 of %2 predictions right (%3 answered).</source>
        <translation>%1 von %2 Vorhersagen richtig (%3 beantwortet).</translation>
    </message>
    <message>
        <source>ScaleLab lesson summary: %1</source>
        <translation>ScaleLab-Lektionszusammenfassung: %1</translation>
    </message>
    <message>
        <source>%1: cannot draw the PDF</source>
        <translation>%1: Das PDF kann nicht gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>LiveFrame</name>
    <message>
        <source>%1 M req/s</source>
        <translation>%1 Mio. Anfr./s</translation>
    </message>
    <message>
        <source>%1 k req/s</source>
        <translation>%1 Tsd. Anfr./s</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 Anfr./s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>AUSGEFALLEN</translation>
    </message>
    <message>
        <source>%1% hit</source>
        <translation>%1 % Treffer</translation>
    </message>
    <message>
        <source>lag %1</source>
        <translation>Verzögerung %1</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 wartend</translation>
    </message>
    <message>
        <source>100% busy, %1 queued</source>
        <translation>100 % belegt, %1 in der Warteschlange</translation>
    </message>
    <message>
        <source>%1% busy, p99 %2</source>
        <translation>%1 % belegt, p99 %2</translation>
    </message>
    <message>
        <source>%1 M lookups/s</source>
        <translation>%1 Mio. Abfragen/s</translation>
    </message>
    <message>
        <source>%1 k lookups/s</source>
        <translation>%1 Tsd. Abfragen/s</translation>
    </message>
    <message>
        <source>%1 lookups/s</source>
        <translation>%1 Abfragen/s</translation>
    </message>
    <message>
        <source>p99 %1</source>
        <translation>p99 %1</translation>
    </message>
    <message>
        <source>p95 %1</source>
        <translation>p95 %1</translation>
    </message>
    <message>
        <source>%1% errors</source>
        <translation>%1 % Fehler</translation>
    </message>
    <message>
        <source>%1% busy</source>
        <translation>%1 % belegt</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>Warteschlange %1</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <source>sends %1</source>
        <translation>sendet %1</translation>
    </message>
    <message>
        <source>moving, %1 s left</source>
        <translation>Umzug, noch %1 s</translation>
    </message>
    <message>
        <source>%1 of %2 targets up</source>
        <translation>%1 von %2 Zielen aktiv</translation>
    </message>
    <message>
        <source>no lookups</source>
        <translation>keine Abfragen</translation>
    </message>
    <message>
        <source>ALERT: %1</source>
        <translation>ALARM: %1</translation>
    </message>
    <message>
        <source>ok: %1</source>
        <translation>ok: %1</translation>
    </message>
    <message>
        <source>%1 servers, +%2 warming</source>
        <translation>%1 Server, +%2 im Anlauf</translation>
    </message>
    <message>
        <source>%1 servers, %2% busy</source>
        <translation>%1 Server, %2 % belegt</translation>
    </message>
    <message>
        <source>%1 in</source>
        <translation>%1 eingehend</translation>
    </message>
    <message>
        <source>%1% of traffic (%2)</source>
        <translation>%1 % des Verkehrs (%2)</translation>
    </message>
    <message>
        <source>%1 → %2/%3 up</source>
        <translation>%1 → %2/%3 aktiv</translation>
    </message>
    <message>
        <source>%1, %2% refused</source>
        <translation>%1, %2 % abgewiesen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Drag the dot on the right edge to another component to connect them.</source>
        <translation>Zieh den Punkt am rechten Rand auf eine andere Komponente, um beide zu verbinden.</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>replica</source>
        <translation>Replikat</translation>
    </message>
    <message>
        <source>promoted to primary</source>
        <translation>zum Primärserver hochgestuft</translation>
    </message>
    <message>
        <source>now a replica</source>
        <translation>jetzt ein Replikat</translation>
    </message>
    <message>
        <source>⚠ OVERLOADED</source>
        <translation>⚠ ÜBERLASTET</translation>
    </message>
    <message>
        <source>SPOF</source>
        <translation>SPOF</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>AUSGEFALLEN</translation>
    </message>
    <message>
        <source>%1 hit</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <source>%1 busy</source>
        <translation>%1 belegt</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>Warteschlange %1</translation>
    </message>
    <message>
        <source>Connection %1 → %2</source>
        <translation>Verbindung %1 → %2</translation>
    </message>
    <message>
        <source>✕ %1 err/s</source>
        <translation>✕ %1 Fehler/s</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Diagram (PNG, SVG or PDF)...</source>
        <translation>&amp;Architekturbild (PNG, SVG oder PDF)...</translation>
    </message>
    <message>
        <source>Export the diagram</source>
        <translation>Das Architekturbild exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Charts as PNG...</source>
        <translation>&amp;Diagramme als PNG...</translation>
    </message>
    <message>
        <source>Folder for the chart images</source>
        <translation>Ordner für die Diagrammbilder</translation>
    </message>
    <message>
        <source>Charts as &amp;SVG...</source>
        <translation>Diagramme als &amp;SVG...</translation>
    </message>
    <message>
        <source>Folder for the chart drawings</source>
        <translation>Ordner für die Diagrammzeichnungen</translation>
    </message>
    <message>
        <source>Run &amp;data (CSV)...</source>
        <translation>Lauf&amp;daten (CSV)...</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Ordner für die CSV-Dateien</translation>
    </message>
    <message>
        <source>Run &amp;report (PDF)...</source>
        <translation>Lauf&amp;bericht (PDF)...</translation>
    </message>
    <message>
        <source>Export the run report</source>
        <translation>Den Laufbericht exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>%1 geschrieben (%n Seite)</numerusform>
            <numerusform>%1 geschrieben (%n Seiten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Record &amp;GIF of the canvas</source>
        <translation>&amp;GIF der Zeichenfläche aufnehmen</translation>
    </message>
    <message>
        <source>Record the canvas</source>
        <translation>Die Zeichenfläche aufnehmen</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif)</source>
        <translation>Animiertes GIF (*.gif)</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n frame(s)</source>
        <translation>
            <numerusform>%n Einzelbild aufgenommen</numerusform>
            <numerusform>%n Einzelbilder aufgenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Lesson &quot;%1&quot;, step %2 of %3</source>
        <translation>Lektion „%1“, Schritt %2 von %3</translation>
    </message>
    <message>
        <source>Show &amp;Lessons</source>
        <translation>&amp;Lektionen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Check My Design</source>
        <translation>Meinen Entwurf &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Hint</source>
        <translation>&amp;Tipp</translation>
    </message>
    <message>
        <source>Show &amp;Me</source>
        <translation>&amp;Zeig es mir</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>&amp;Nächster Schritt</translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation>&amp;Vorheriger Schritt</translation>
    </message>
    <message>
        <source>&amp;Reset Step</source>
        <translation>Schritt &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Restart &amp;Lesson</source>
        <translation>Lektion &amp;neu beginnen</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>von %1 zu %2</translation>
    </message>
    <message>
        <source>connection; not running</source>
        <translation>Verbindung; läuft nicht</translation>
    </message>
    <message>
        <source>connection; %1</source>
        <translation>Verbindung; %1</translation>
    </message>
    <message>
        <source>%1 errors/s</source>
        <translation>%1 Fehler/s</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>overloaded</source>
        <translation>überlastet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>load %1</source>
        <translation>Auslastung %1</translation>
    </message>
    <message>
        <source>single point of failure</source>
        <translation>Single Point of Failure</translation>
    </message>
    <message>
        <source>sends to %1</source>
        <translation>sendet an %1</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Glossar</translation>
    </message>
    <message>
        <source>The terms of the lessons in plain words, each with the lesson that shows it</source>
        <translation>Die Begriffe der Lektionen in einfachen Worten, jeweils mit der Lektion, die sie zeigt</translation>
    </message>
</context>
<context>
    <name>ScenarioFile</name>
    <message>
        <source>%1: not a scenario</source>
        <translation>%1: kein Szenario</translation>
    </message>
    <message>
        <source>%1: cannot open the file (%2)</source>
        <translation>%1: Die Datei kann nicht geöffnet werden (%2)</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Hoher Kontrast</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>%1 req/s</source>
        <translation>%1 Anfr./s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>scalelab::ui</name>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Take %1 out of its data center</source>
        <translation>%1 aus seinem Rechenzentrum herausnehmen</translation>
    </message>
    <message>
        <source>Put %1 in data center %2</source>
        <translation>%1 in Rechenzentrum %2 aufnehmen</translation>
    </message>
    <message>
        <source>Change workload</source>
        <translation>Last ändern</translation>
    </message>
    <message>
        <source>Change network</source>
        <translation>Netzwerk ändern</translation>
    </message>
    <message>
        <source>Change run settings</source>
        <translation>Laufeinstellungen ändern</translation>
    </message>
    <message>
        <source>Add %1 event at %2 s</source>
        <translation>Ereignis %1 bei %2 s hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic layout</source>
        <translation>Automatisches Anordnen</translation>
    </message>
    <message>
        <source>type: &quot;%1&quot; is not an event type</source>
        <translation>Art: „%1“ ist keine Ereignisart</translation>
    </message>
    <message>
        <source>time: expected a time of 0 s or later</source>
        <translation>Zeit: erwartet eine Zeit ab 0 s</translation>
    </message>
    <message>
        <source>duration: expected 0 s (until changed) or a positive duration</source>
        <translation>Dauer: erwartet 0 s (bis zur Änderung) oder eine positive Dauer</translation>
    </message>
    <message>
        <source>target: a %1 event needs a target component</source>
        <translation>Ziel: Ein Ereignis %1 braucht eine Zielkomponente</translation>
    </message>
    <message>
        <source>target: there is no component &quot;%1&quot;</source>
        <translation>Ziel: Es gibt keine Komponente „%1“</translation>
    </message>
    <message>
        <source>second target: a %1 event needs two components</source>
        <translation>zweites Ziel: Ein Ereignis %1 braucht zwei Komponenten</translation>
    </message>
    <message>
        <source>second target: there is no component &quot;%1&quot;</source>
        <translation>zweites Ziel: Es gibt keine Komponente „%1“</translation>
    </message>
    <message>
        <source>factor: expected a multiplier above 0</source>
        <translation>Faktor: erwartet ein Multiplikator über 0</translation>
    </message>
    <message>
        <source>target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>unknown chart format &quot;%1&quot; (expected png or svg)</source>
        <translation>unbekanntes Diagrammformat „%1“ (erwartet: png oder svg)</translation>
    </message>
    <message>
        <source>charts need at least 200 x 150 pixels, got %1 x %2</source>
        <translation>Diagramme brauchen mindestens 200 × 150 Pixel, erhalten: %1 × %2</translation>
    </message>
    <message>
        <source>%1: cannot encode the PNG image</source>
        <translation>%1: Das PNG-Bild kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>%1: cannot write the SVG file</source>
        <translation>%1: Die SVG-Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: the size must be at least 16 x 16 pixels</source>
        <translation>%1: Die Größe muss mindestens 16 × 16 Pixel betragen</translation>
    </message>
    <message>
        <source>ScaleLab diagram</source>
        <translation>ScaleLab-Architekturbild</translation>
    </message>
    <message>
        <source>%1: the SVG drawing is empty</source>
        <translation>%1: Die SVG-Zeichnung ist leer</translation>
    </message>
    <message>
        <source>%1: cannot write the PDF file</source>
        <translation>%1: Die PDF-Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: unknown diagram format &quot;%2&quot; (expected png, svg or pdf)</source>
        <translation>%1: Unbekanntes Diagrammformat „%2“ (erwartet: png, svg oder pdf)</translation>
    </message>
    <message>
        <source>%1: cannot create the output folder (%2)</source>
        <translation>%1: Der Ausgabeordner kann nicht angelegt werden (%2)</translation>
    </message>
    <message>
        <source>--format: unknown format &quot;%1&quot; (expected %2)</source>
        <translation>--format: Unbekanntes Format „%1“ (erwartet: %2)</translation>
    </message>
    <message>
        <source>t = %1   %2 req/s served   p99 %3 ms</source>
        <translation>t = %1   %2 Anfr./s bedient   p99 %3 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>ScaleLab run report: %1</source>
        <translation>ScaleLab-Laufbericht: %1</translation>
    </message>
    <message>
        <source>Run report: %1</source>
        <translation>Laufbericht: %1</translation>
    </message>
    <message>
        <source>Simulated %1 s (statistics from %2 s), seed %3, one sample every %4 s. %5 engine events.</source>
        <translation>%1 s simuliert (Statistik ab %2 s), Startwert %3, eine Messung alle %4 s. %5 Simulationsereignisse.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Requests generated</source>
        <translation>Erzeugte Anfragen</translation>
    </message>
    <message>
        <source>Succeeded / failed</source>
        <translation>Erfolgreich / fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 / %2 (error rate %3)</source>
        <translation>%1 / %2 (Fehlerquote %3)</translation>
    </message>
    <message>
        <source>  failed: %1</source>
        <translation>  fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 Anfr./s</translation>
    </message>
    <message>
        <source>Latency mean / p50 / p95</source>
        <translation>Latenz Mittel / p50 / p95</translation>
    </message>
    <message>
        <source>Latency p99 / p99.9 / max</source>
        <translation>Latenz p99 / p99,9 / Max.</translation>
    </message>
    <message>
        <source>Little&apos;s law: L vs lambda x W</source>
        <translation>Littles Gesetz: L gegenüber Lambda × W</translation>
    </message>
    <message>
        <source>%1 in flight vs %2 req/s x %3</source>
        <translation>%1 in Bearbeitung gegenüber %2 Anfr./s × %3</translation>
    </message>
    <message>
        <source>Cache hit rate</source>
        <translation>Cache-Trefferquote</translation>
    </message>
    <message>
        <source>CDN hit rate</source>
        <translation>CDN-Trefferquote</translation>
    </message>
    <message>
        <source>Stale reads (replica behind)</source>
        <translation>Veraltete Lesezugriffe (Replikat im Rückstand)</translation>
    </message>
    <message>
        <source>Writes lost in a failover</source>
        <translation>Bei einem Failover verlorene Schreibzugriffe</translation>
    </message>
    <message>
        <source>Writes refused (no primary)</source>
        <translation>Abgelehnte Schreibzugriffe (kein Primärserver)</translation>
    </message>
    <message>
        <source>Sessions lost</source>
        <translation>Verlorene Sessions</translation>
    </message>
    <message>
        <source>Jobs processed</source>
        <translation>Bearbeitete Aufträge</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Unzustellbare Nachrichten</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>%1 $/h</source>
        <translation>%1 $/h</translation>
    </message>
    <message>
        <source>Events on the charts</source>
        <translation>Ereignisse in den Diagrammen</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Bedient</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Charts (vertical lines mark failures, failovers and other events)</source>
        <translation>Diagramme (senkrechte Linien markieren Ausfälle, Failover und andere Ereignisse)</translation>
    </message>
    <message>
        <source>Charts (continued)</source>
        <translation>Diagramme (Fortsetzung)</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>... and %1 more events (see events.csv)</source>
        <translation>... und %1 weitere Ereignisse (siehe events.csv)</translation>
    </message>
    <message>
        <source>Nothing noteworthy happened in this run.</source>
        <translation>In diesem Lauf ist nichts Bemerkenswertes passiert.</translation>
    </message>
    <message>
        <source>Latency against offered load (log scales)</source>
        <translation>Latenz über angebotener Last (log. Skalen)</translation>
    </message>
    <message>
        <source>Throughput and errors against offered load</source>
        <translation>Durchsatz und Fehler über angebotener Last</translation>
    </message>
    <message>
        <source>Latency against offered load (no results yet)</source>
        <translation>Latenz über angebotener Last (noch keine Ergebnisse)</translation>
    </message>
    <message>
        <source>Throughput and errors against offered load (no results yet)</source>
        <translation>Durchsatz und Fehler über angebotener Last (noch keine Ergebnisse)</translation>
    </message>
    <message>
        <source>Offered load (req/s, log scale)</source>
        <translation>Angebotene Last (Anfr./s, log. Skala)</translation>
    </message>
    <message>
        <source>Latency (ms, log scale)</source>
        <translation>Latenz (ms, log. Skala)</translation>
    </message>
    <message>
        <source>p50 latency</source>
        <translation>p50-Latenz</translation>
    </message>
    <message>
        <source>p99 latency</source>
        <translation>p99-Latenz</translation>
    </message>
    <message>
        <source>Throughput (req/s, log scale)</source>
        <translation>Durchsatz (Anfr./s, log. Skala)</translation>
    </message>
    <message>
        <source>Errors (%)</source>
        <translation>Fehler (%)</translation>
    </message>
    <message>
        <source>Ideal (all served)</source>
        <translation>Ideal (alle bedient)</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>Knee: %1 = %2</source>
        <translation>Knick: %1 = %2</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Rate (req/s)</source>
        <translation>Rate (Anfr./s)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1: the chart could not be drawn.</source>
        <translation>%1: Das Diagramm konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>Session misses (logged in again)</source>
        <translation>Session-Fehlgriffe (neu angemeldet)</translation>
    </message>
    <message>
        <source>Stale reads from a cache</source>
        <translation>Veraltete Lesezugriffe aus einem Cache</translation>
    </message>
    <message>
        <source>value: expected a share of requests from 0 to 1</source>
        <translation>Wert: erwartet wird ein Anteil der Anfragen von 0 bis 1</translation>
    </message>
</context>
<context>
    <name>scalelab::ui::AddComponentCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>scalelab::ui::AddConnectionCommand</name>
    <message>
        <source>Connect %1 to %2</source>
        <translation>%1 mit %2 verbinden</translation>
    </message>
</context>
<context>
    <name>scalelab::ui::Autosave</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Autosave is off: cannot create the folder %1</source>
        <translation>Automatische Sicherung ist aus: Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Autosave is off: %1</source>
        <translation>Automatische Sicherung ist aus: %1</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>scalelab::ui::ChartBook</name>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Throughput and errors</source>
        <translation>Durchsatz und Fehler</translation>
    </message>
    <message>
        <source>Cache hit rate</source>
        <translation>Cache-Trefferquote</translation>
    </message>
    <message>
        <source>Queue and utilization</source>
        <translation>Warteschlange und Auslastung</translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation>Replikationsverzögerung</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Simulated time (s)</source>
        <translation>Simulierte Zeit (s)</translation>
    </message>
    <message>
        <source>Utilization (%)</source>
        <translation>Auslastung (%)</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Rate (req/s)</source>
        <translation>Rate (Anfr./s)</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>angeboten</translation>
    </message>
    <message>
        <source>served</source>
        <translation>bedient</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>rate-limited</source>
        <translation>gedrosselt</translation>
    </message>
    <message>
        <source>no route</source>
        <translation>keine Route</translation>
    </message>
    <message>
        <source>Hit rate (%)</source>
        <translation>Trefferquote (%)</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>CDN</source>
        <translation>CDN</translation>
    </message>
    <message>
        <source>Queue (requests)</source>
        <translation>Warteschlange (Anfragen)</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>utilization</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Lag (ms)</source>
        <translation>Verzögerung (ms)</translation>
    </message>
    <message>
        <source>largest replica lag</source>
        <translation>größte Replikatverzögerung</translation>
    </message>
    <message>
        <source>Availability (%)</source>
        <translation>Verfügbarkeit (%)</translation>
    </message>
    <message>
        <source>successful requests</source>
        <translation>erfolgreiche Anfragen</translation>
    </message>
    <message>
        <source>%1 (busiest)</source>
        <translation>%1 (am stärksten ausgelastet)</translation>
    </message>
    <message>
        <source>Cache hit rate (no cache or CDN in this design)</source>
        <translation>Cache-Trefferquote (kein Cache und kein CDN in diesem Entwurf)</translation>
    </message>
    <message>
        <source>Replication lag (no read replicas in this design)</source>
        <translation>Replikationsverzögerung (keine Lese-Replikate in diesem Entwurf)</translation>
    </message>
    <message>
        <source>Queue and utilization: %1</source>
        <translation>Warteschlange und Auslastung: %1</translation>
    </message>
    <message>
        <source>stale (cache)</source>
        <translation>veraltet (Cache)</translation>
    </message>
    <message>
        <source>retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>circuit open</source>
        <translation>Circuit offen</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
</context>
<context>
    <name>scalelab::ui::ChartsPanel</name>
    <message>
        <source>Component for the queue chart:</source>
        <translation>Komponente für das Warteschlangendiagramm:</translation>
    </message>
    <message>
        <source>Component shown in the queue and utilization chart</source>
        <translation>Komponente im Diagramm für Warteschlange und Auslastung</translation>
    </message>
    <message>
        <source>Busiest component</source>
        <translation>Am stärksten ausgelastete Komponente</translation>
    </message>
</context>
<context>
    <name>scalelab::ui::CompareChartBox</name>
    <message>
        <source>%1 10–90% of seeds</source>
        <translation>%1 10–90 % der Seeds</translation>
    </message>
    <message>
        <source>%1 median</source>
        <translation>%1 Median</translation>
    </message>
    <message>
        <source>Simulated time (s)</source>
        <translation>Simulierte Zeit (s)</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>p95 latency of A and B over time</source>
        <translation>p95-Latenz von A und B über die Zeit</translation>
    </message>
    <message>
        <source>Throughput of A and B over time</source>
        <translation>Durchsatz von A und B über die Zeit</translation>
    </message>
    <message>
        <source>Errors of A and B over time</source>
        <translation>Fehler von A und B über die Zeit</translation>
    </message>
    <message>
        <source>median of %1 seeds, band 10–90%</source>
        <translation>Median aus %1 Seeds, Band 10–90 %</translation>
    </message>
    <message>
        <source>no results yet</source>
        <translation>noch keine Ergebnisse</translation>
    </message>
    <message>
        <source>p95 latency: %1</source>
        <translation>p95-Latenz: %1</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>Anfr./s</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>failed req/s</source>
        <translation>fehlgeschl. Anfr./s</translation>
    </message>
    <message>
        <source>A: %1   vs   B: %2</source>
        <translation>A: %1   gegen   B: %2</translation>
    </message>
    <message>
        <source>%1: the chart could not be drawn.</source>
        <translation>%1: Das Diagramm konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
</context>
<context>
    <name>scalelab::ui::CompareDialog</name>
    <message>
        <source>%1 ± %2 %3</source>
        <translation>%1 ± %2 %3</translation>
    </message>
    <message>
        <source>p50 latency</source>
        <translation>p50-Latenz</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>p95-Latenz</translation>
    </message>
    <message>
        <source>p99 latency</source>
        <translation>p99-Latenz</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>Lost writes</source>
        <translation>Verlorene Schreibvorgänge</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>Kosten pro Stunde</translation>
    </message>
    <message>
        <source>Errors: rejected (queue full)</source>
        <translation>Fehler: abgewiesen (Warteschlange voll)</translation>
    </message>
    <message>
        <source>Errors: timed out</source>
        <translation>Fehler: Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Errors: component down</source>
        <translation>Fehler: Komponente ausgefallen</translation>
    </message>
    <message>
        <source>Errors: rate limited</source>
        <translation>Fehler: Ratenlimit</translation>
    </message>
    <message>
        <source>Errors: no route</source>
        <translation>Fehler: kein Weg</translation>
    </message>
    <message>
        <source>Errors: server error</source>
        <translation>Fehler: Serverfehler</translation>
    </message>
    <message>
        <source>Errors: circuit open</source>
        <translation>Fehler: Schutzschalter offen</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>writes</source>
        <translation>Schreibvorgänge</translation>
    </message>
    <message>
        <source>A copy with a cache in front of the database</source>
        <translation>Eine Kopie mit einem Cache vor der Datenbank</translation>
    </message>
    <message>
        <source>A copy with a second web server behind a load balancer</source>
        <translation>Eine Kopie mit einem zweiten Webserver hinter einem Load Balancer</translation>
    </message>
    <message>
        <source>A copy with a read replica of the database</source>
        <translation>Eine Kopie mit einem Lese-Replikat der Datenbank</translation>
    </message>
    <message>
        <source>Not available: no web server reaches a database without a cache.</source>
        <translation>Nicht verfügbar: Kein Webserver erreicht eine Datenbank ohne Cache.</translation>
    </message>
    <message>
        <source>Not available: the design has no web server.</source>
        <translation>Nicht verfügbar: Der Entwurf hat keinen Webserver.</translation>
    </message>
    <message>
        <source>Not available: the design has no primary database.</source>
        <translation>Nicht verfügbar: Der Entwurf hat keine primäre Datenbank.</translation>
    </message>
    <message>
        <source>Current design</source>
        <translation>Aktueller Entwurf</translation>
    </message>
    <message>
        <source>Compare: %1</source>
        <translation>Vergleich: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;A&lt;/b&gt; (solid lines): %1</source>
        <translation>&lt;b&gt;A&lt;/b&gt; (durchgezogene Linien): %1</translation>
    </message>
    <message>
        <source>Design A:</source>
        <translation>Entwurf A:</translation>
    </message>
    <message>
        <source>Design B</source>
        <translation>Entwurf B</translation>
    </message>
    <message>
        <source>The second design. It runs with design A&apos;s workload, timeline and run settings, so only the architecture differs.</source>
        <translation>Der zweite Entwurf. Er läuft mit Last, Zeitleiste und Laufeinstellungen von Entwurf A, sodass sich nur die Architektur unterscheidet.</translation>
    </message>
    <message>
        <source>Another file...</source>
        <translation>Andere Datei...</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Vergleichen &amp;mit:</translation>
    </message>
    <message>
        <source>Design B:</source>
        <translation>Entwurf B:</translation>
    </message>
    <message>
        <source>Seeds per design</source>
        <translation>Seeds je Entwurf</translation>
    </message>
    <message>
        <source>Each design runs once per seed (seeds %1, %2, ...). One seed gives A and B the same arrivals; more seeds narrow the intervals.</source>
        <translation>Jeder Entwurf läuft einmal je Seed (Seeds %1, %2, ...). Ein Seed gibt A und B dieselben Ankünfte; mehr Seeds machen die Intervalle schmaler.</translation>
    </message>
    <message>
        <source>&amp;Seeds:</source>
        <translation>&amp;Läufe je Entwurf (Seeds):</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run the comparison</source>
        <translation>Den Vergleich ausführen</translation>
    </message>
    <message>
        <source>Cancel co&amp;mparison</source>
        <translation>Vergleich a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the running comparison</source>
        <translation>Den laufenden Vergleich abbrechen</translation>
    </message>
    <message>
        <source>Comparison progress</source>
        <translation>Fortschritt des Vergleichs</translation>
    </message>
    <message>
        <source>%v of %m runs</source>
        <translation>%v von %m Läufen</translation>
    </message>
    <message>
        <source>Choose design B and press Run.</source>
        <translation>Wählen Sie Entwurf B und drücken Sie Ausführen.</translation>
    </message>
    <message>
        <source>Comparison status</source>
        <translation>Stand des Vergleichs</translation>
    </message>
    <message>
        <source>Key numbers of A and B</source>
        <translation>Kennzahlen von A und B</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>A: mean ± 95% CI</source>
        <translation>A: Mittelwert ± 95-%-KI</translation>
    </message>
    <message>
        <source>B: mean ± 95% CI</source>
        <translation>B: Mittelwert ± 95-%-KI</translation>
    </message>
    <message>
        <source>B − A (same seeds)</source>
        <translation>B − A (gleiche Seeds)</translation>
    </message>
    <message>
        <source>Intervals</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>What the intervals show</source>
        <translation>Was die Intervalle zeigen</translation>
    </message>
    <message>
        <source>Save C&amp;SV...</source>
        <translation>C&amp;SV speichern...</translation>
    </message>
    <message>
        <source>Save the table as CSV</source>
        <translation>Die Tabelle als CSV speichern</translation>
    </message>
    <message>
        <source>Save c&amp;hart...</source>
        <translation>&amp;Diagramm speichern...</translation>
    </message>
    <message>
        <source>Save the chart as PNG or SVG</source>
        <translation>Das Diagramm als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>&lt;b&gt;B&lt;/b&gt; (dashed lines): no file chosen yet.</source>
        <translation>&lt;b&gt;B&lt;/b&gt; (gestrichelte Linien): noch keine Datei gewählt.</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>second web server</source>
        <translation>zweiter Webserver</translation>
    </message>
    <message>
        <source>read replica</source>
        <translation>Lese-Replikat</translation>
    </message>
    <message>
        <source>&lt;b&gt;B&lt;/b&gt; (dashed lines): %1</source>
        <translation>&lt;b&gt;B&lt;/b&gt; (gestrichelte Linien): %1</translation>
    </message>
    <message>
        <source>%1: not a valid scenario</source>
        <translation>%1: kein gültiges Szenario</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;B&lt;/b&gt; (dashed lines): %1 (%2), with design A&apos;s workload and timeline</source>
        <translation>&lt;b&gt;B&lt;/b&gt; (gestrichelte Linien): %1 (%2), mit Last und Zeitleiste von Entwurf A</translation>
    </message>
    <message>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>Szenarien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>⚠ Design B: %1</source>
        <translation>⚠ Entwurf B: %1</translation>
    </message>
    <message>
        <source>Running %1 seeds for each design...</source>
        <translation>%1 Seeds je Entwurf laufen...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
    <message>
        <source>Cancelled: no numbers are shown for a partial comparison.</source>
        <translation>Abgebrochen: Für einen unvollständigen Vergleich werden keine Zahlen gezeigt.</translation>
    </message>
    <message>
        <source>Done: %1 runs in %2 s.</source>
        <translation>Fertig: %1 Läufe in %2 s.</translation>
    </message>
    <message>
        <source>overlap</source>
        <translation>überlappen</translation>
    </message>
    <message>
        <source>apart</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>A&apos;s and B&apos;s 95% intervals overlap: no difference shown at this number of seeds.</source>
        <translation>Die 95-%-Intervalle von A und B überlappen: Bei dieser Zahl von Seeds ist kein Unterschied gezeigt.</translation>
    </message>
    <message>
        <source>A&apos;s and B&apos;s 95% intervals do not overlap.</source>
        <translation>Die 95-%-Intervalle von A und B überlappen nicht.</translation>
    </message>
    <message>
        <source>Intervals: mean ± t × s / √n with Student&apos;s t for n = %1 seeds (t = %2). B − A is paired: each seed&apos;s B minus the same seed&apos;s A.</source>
        <translation>Intervalle: Mittelwert ± t × s / √n mit Students t für n = %1 Seeds (t = %2). B − A ist gepaart: B eines Seeds minus A desselben Seeds.</translation>
    </message>
    <message>
        <source>The intervals overlap for %1: no difference shown at this number of seeds.</source>
        <translation>Die Intervalle überlappen bei %1: Bei dieser Zahl von Seeds ist kein Unterschied gezeigt.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>They do not overlap for %1.</source>
        <translation>Sie überlappen nicht bei %1.</translation>
    </message>
    <message>
        <source>%1: the chart could not be drawn.</source>
        <translation>%1: Das Diagramm konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>Save comparison CSV</source>
        <translation>Vergleich als CSV speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Save comparison chart</source>
        <translation>Vergleichsdiagramm speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Sessions lost</source>
        <translation>Verlorene Sitzungen</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;B&lt;/b&gt; (dashed lines): %1 (%2)</source>
        <translation>&lt;b&gt;B&lt;/b&gt; (gestrichelte Linien): %1 (%2)</translation>
    </message>
    <message>
        <source>Over the requests that were answered: a failed request has no latency, so compare the error rate too.</source>
        <translation>Über die beantworteten Anfragen: Eine gescheiterte Anfrage hat keine Latenz, vergleiche also auch die Fehlerrate.</translation>
    </message>
</context>
<context>
    <name>scalelab::ui::DiagramScene</name>
    <message>
        <source>No single point of failure: every capability survives the loss of any one component.</source>
        <translation>Kein Single Point of Failure: Jede Fähigkeit übersteht den Ausfall einer beliebigen einzelnen Komponente.</translation>
    </message>
    <message numerus="yes">
        <source>%n single point(s) of failure outlined in purple.</source>
        <translation>
            <numerusform>%n Single Point of Failure violett umrandet.</numerusform>
            <numerusform>%n Single Points of Failure violett umrandet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect two components.</source>
        <translation>Zwei Komponenten verbinden.</translation>
    </message>
    <message>
        <source>A component cannot connect to itself.</source>
        <translation>Eine Komponente kann nicht mit sich selbst verbunden werden.</translation>
    </message>
    <message>
        <source>%1 is already connected to %2.</source>
        <translation>%1 ist bereits mit %2 verbunden.</translation>
    </message>
    <message>
        <source>Drop the connection on another component.</source>
        <translation>Leg die Verbindung auf einer anderen Komponente ab.</translation>
    </message>
    <message>
        <source>%1 does not send requests to other components.</source>
        <translation>%1 sendet keine Anfragen an andere Komponenten.</translation>
    </message>
    <message>
        <source>Connected %1 to %2.</source>
        <translation>%1 mit %2 verbunden.</translation>
    </message>
    <message>
        <source>Select one component first (Tab or the arrow keys), then press C to connect it.</source>
        <translation>Wähle zuerst eine Komponente aus (Tab oder Pfeiltasten) und drücke dann C, um sie zu verbinden.</translation>
    </message>
    <message>
        <source>Connecting from %1: choose the target with Tab or the arrow keys, then press Enter (Esc cancels).</source>
        <translation>Verbindung von %1: Wähle das Ziel mit Tab oder den Pfeiltasten und drücke dann die Eingabetaste (Esc bricht ab).</translation>
    </message>
    <message>
        <source>Choose the target with Tab or the arrow keys before pressing Enter.</source>
        <translation>Wähle das Ziel mit Tab oder den Pfeiltasten, bevor du die Eingabetaste drückst.</translation>
    </message>
</context>
<context>
    <name>scalelab::ui::DiagramView</name>
    <message>
        <source>Architecture canvas</source>
        <translation>Architektur-Zeichenfläche</translation>
    </message>
    <message>
        <source>Drop components here. Ctrl+wheel zooms, middle button or Space+drag pans.</source>
        <translation>Komponenten hier ablegen. Strg+Mausrad zoomt, mittlere Taste oder Leertaste+Ziehen verschiebt.</translation>
    </message>
    <message>
        <source>idle/ok</source>
        <translation>untätig/ok</translation>
    </message>
    <message>
        <source>busy ≥60%</source>
        <translation>belegt ≥60 %</translation>
    </message>
    <message>
        <source>full ≥85% (hatched)</source>
        <translation>voll ≥85 % (schraffiert)</translation>
    </message>
    <message>
        <source>down (crossed)</source>
        <translation>ausgefallen (durchgekreuzt)</translation>
    </message>
    <message>
        <source>● = %1 along a link</source>
        <translation>● = %1 entlang einer Verbindung</translation>
    </message>
    <message>
        <source>dashed purple = single point of failure</source>
        <translation>violett gestrichelt = Single Point of Failure</translation>
    </message>
    <message>
        <source>Unknown component kind &quot;%1&quot;.</source>
        <translation>Unbekannte Komponentenart „%1“.</translation>
    </message>
    <message>
        <source>Components and their connections. Tab or the arrow keys select one, Shift+arrow moves it, C connects it to the one chosen next (Tab or arrows, then Enter), Delete removes it, Enter opens it in the inspector.</source>
        <translation>Komponenten und ihre Verbindungen. Tab oder die Pfeiltasten wählen eine aus, Umschalt+Pfeiltaste verschiebt sie, C verbindet sie mit der danach gewählten (Tab oder Pfeiltasten, dann Eingabetaste), Entf löscht sie, die Eingabetaste öffnet sie im Inspektor.</translation>
    </message>
    <message>
        <source>Connection cancelled.</source>
        <translation>Verbindung abgebrochen.</translation>
    </message>
</context>
<context>
    <name>scalelab::ui::EventLog</name>
    <message>
        <source>failure</source>
        <translation>Ausfall</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Event log of the run</source>
        <translation>Ereignisprotokoll des Laufs</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>scalelab::ui::GifRecorder</name>
    <message>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
</context>
<context>
    <name>scalelab::ui::GifWriter</name>
    <message>
        <source>%1: cannot start the GIF file (%2)</source>
        <translation>%1: Die GIF-Datei kann nicht begonnen werden (%2)</translation>
    </message>
    <message>
        <source>%1: cannot write the GIF header</source>
        <translation>%1: Der GIF-Kopf kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: cannot write the GIF loop extension</source>
        <translation>%1: Die GIF-Wiederholungserweiterung kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the GIF file is not open</source>
        <translation>die GIF-Datei ist nicht geöffnet</translation>
    </message>
    <message>
        <source>%1: cannot write GIF frame %2</source>
        <translation>%1: GIF-Einzelbild %2 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: cannot finish the GIF file (%2)</source>
        <translation>%1: Die GIF-Datei kann nicht abgeschlossen werden (%2)</translation>
    </message>
    <message>
        <source>%1: the GIF was not written (a frame failed)</source>
        <translation>%1: Das GIF wurde nicht geschrieben (ein Einzelbild schlug fehl)</translation>
    </message>
</context>
<context>
    <name>scalelab::ui::GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>Search terms</source>
        <translation>Begriffe suchen</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Im Glossar suchen</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>Begriffe des Glossars</translation>
    </message>
    <message>
        <source>No term matches.</source>
        <translation>Kein Begriff passt.</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>The glossary could not be read: %1</source>
        <translation>Das Glossar konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;The glossary is empty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Glossar ist leer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Auch: %1</translation>
    </message>
    <message>
        <source>See it in lesson %1: %2</source>
        <translation>Zu sehen in Lektion %1: %2</translation>
    </message>
</context>
<context>
    <name>scalelab::ui::InspectorPanel</name>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Component name</source>
        <translation>Name der Komponente</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <source>The data center that holds this component (an outage there takes it down).</source>
        <translation>Das Rechenzentrum, in dem diese Komponente steht (ein Ausfall dort legt sie lahm).</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Data center</source>
        <translation>&amp;Rechenzentrum</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source> (slider)</source>
        <translation> (Schieberegler)</translation>
    </message>
    <message>
        <source>
Range %1 to %2 %3</source>
        <translation>
Bereich %1 bis %2 %3</translation>
    </message>
    <message>
        <source>
Takes effect at the next run.</source>
        <translation>
Wirkt ab dem nächsten Lauf.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
</context>
<context>
    <name>scalelab::ui::LessonPanel</name>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Titel des Schritts</translation>
    </message>
    <message>
        <source>Step text</source>
        <translation>Text des Schritts</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Run the step&apos;s checks on your design</source>
        <translation>Die Prüfungen des Schritts an deinem Entwurf ausführen</translation>
    </message>
    <message>
        <source>&amp;Hint</source>
        <translation>&amp;Tipp</translation>
    </message>
    <message>
        <source>Show the next hint</source>
        <translation>Den nächsten Tipp zeigen</translation>
    </message>
    <message>
        <source>Show &amp;me</source>
        <translation>&amp;Zeig es mir</translation>
    </message>
    <message>
        <source>Load the solution of this step (undoable)</source>
        <translation>Die Lösung dieses Schritts laden (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Prüfergebnisse</translation>
    </message>
    <message>
        <source>Press Check: each goal of the step and the value measured on your design appear here.</source>
        <translation>Drücke Prüfen: Hier erscheinen die Ziele des Schritts und die an deinem Entwurf gemessenen Werte.</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Go to the previous step</source>
        <translation>Zum vorherigen Schritt</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Go to the next step</source>
        <translation>Zum nächsten Schritt</translation>
    </message>
    <message>
        <source>&amp;Restart lesson</source>
        <translation>Lektion &amp;neu beginnen</translation>
    </message>
    <message>
        <source>Start this lesson again from its first step</source>
        <translation>Diese Lektion wieder beim ersten Schritt beginnen</translation>
    </message>
    <message>
        <source>R&amp;eset step</source>
        <translation>Schritt zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Put the design back to this step&apos;s starting state (undoable)</source>
        <translation>Den Entwurf auf den Anfangszustand dieses Schritts zurücksetzen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>&amp;Teacher notes</source>
        <translation>Hinweise für &amp;Lehrkräfte</translation>
    </message>
    <message>
        <source>Show or hide the teacher notes</source>
        <translation>Die Hinweise für Lehrkräfte ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Teacher notes</source>
        <translation>Hinweise für Lehrkräfte</translation>
    </message>
    <message>
        <source>Prepare &amp;demonstration</source>
        <translation>&amp;Vorführung vorbereiten</translation>
    </message>
    <message>
        <source>Put this step&apos;s experiment (its failures at their times, duration and seed) into the design, so Play replays it exactly (undoable)</source>
        <translation>Das Experiment dieses Schritts (Ausfälle zu ihren Zeiten, Dauer und Startwert) in den Entwurf übernehmen, damit Start es genau wiederholt (rückgängig machbar)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 steps done)</source>
        <translation>%1 (%2 von %3 Schritten erledigt)</translation>
    </message>
    <message>
        <source>Start of step: %1</source>
        <translation>Beginn des Schritts: %1</translation>
    </message>
    <message>
        <source>Reset step: %1</source>
        <translation>Schritt zurücksetzen: %1</translation>
    </message>
    <message>
        <source>%1 — step %2 of %3</source>
        <translation>%1 – Schritt %2 von %3</translation>
    </message>
    <message>
        <source>Choose a lesson</source>
        <translation>Lektion wählen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pick a lesson above to start.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wähle oben eine Lektion, um zu beginnen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Learning goals&lt;/h4&gt;%1&lt;h4&gt;Misconceptions it targets&lt;/h4&gt;%2&lt;h4&gt;What the model leaves out&lt;/h4&gt;%3&lt;h4&gt;Suggested demonstration&lt;/h4&gt;&lt;p&gt;%4&lt;/p&gt;</source>
        <translation>&lt;h4&gt;Lernziele&lt;/h4&gt;%1&lt;h4&gt;Typische Fehlvorstellungen, um die es geht&lt;/h4&gt;%2&lt;h4&gt;Was das Modell weglässt&lt;/h4&gt;%3&lt;h4&gt;Vorschlag für eine Vorführung&lt;/h4&gt;&lt;p&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Hint %1:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tipp %1:&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show me: %1</source>
        <translation>Zeig es mir: %1</translation>
    </message>
    <message>
        <source>The check ran out of memory and was stopped. Make the experiment or the design&apos;s queues and caches smaller.</source>
        <translation>Der Prüfung ging der Speicher aus, sie wurde angehalten. Verkleinere das Experiment oder die Warteschlangen und Caches des Entwurfs.</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>Die Prüfung konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Running the experiment…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Experiment läuft…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Checking…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wird geprüft…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Check cancelled: no verdict.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Prüfung abgebrochen: kein Ergebnis.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stop &amp;check</source>
        <translation>Prüfung a&amp;nhalten</translation>
    </message>
    <message>
        <source>Stop the running check (no verdict)</source>
        <translation>Die laufende Prüfung anhalten (kein Ergebnis)</translation>
    </message>
    <message>
        <source>✔ passed:</source>
        <translation>✔ bestanden:</translation>
    </message>
    <message>
        <source>✘ not yet:</source>
        <translation>✘ noch nicht:</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Well done: every check passes.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Gut gemacht: Alle Prüfungen sind bestanden.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Not there yet. Change the design and check again, or ask for a hint.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch nicht ganz. Ändere den Entwurf und prüfe erneut, oder hol dir einen Tipp.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Prepare demonstration: %1</source>
        <translation>Vorführung vorbereiten: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Prepared: the timeline now holds this step&apos;s experiment (%n event(s)), with its duration and seed. Press Reset, then Play: every run replays it exactly. Undo puts the design back.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Vorbereitet: Die Zeitleiste enthält jetzt das Experiment dieses Schritts (%n Ereignis) mit Dauer und Startwert. Drücke Zurücksetzen, dann Start: Jeder Lauf spielt es genau gleich ab. Rückgängig stellt den Entwurf wieder her.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Vorbereitet: Die Zeitleiste enthält jetzt das Experiment dieses Schritts (%n Ereignisse) mit Dauer und Startwert. Drücke Zurücksetzen, dann Start: Jeder Lauf spielt es genau gleich ab. Rückgängig stellt den Entwurf wieder her.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Run experiment</source>
        <translation>&amp;Experiment starten</translation>
    </message>
    <message>
        <source>Play this step&apos;s experiment on your design, live</source>
        <translation>Das Experiment dieses Schritts live auf deinem Design abspielen</translation>
    </message>
    <message>
        <source>· %1 of %2 predicted right</source>
        <translation>· %1 von %2 richtig vorhergesagt</translation>
    </message>
    <message>
        <source>Predict first</source>
        <translation>Erst vorhersagen</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>Your guess</source>
        <translation>Deine Schätzung</translation>
    </message>
    <message>
        <source>&lt;p&gt;Guess from %1 to %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Schätze zwischen %1 und %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Guess: %1&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Schätzung: %1&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Keys 1-%1: the class&apos;s answer. Space: run and reveal.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tasten 1-%1: die Antwort der Klasse. Leertaste: starten und auflösen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Answer the prediction first</source>
        <translation>Beantworte zuerst die Vorhersage</translation>
    </message>
    <message>
        <source>Your guess: %1</source>
        <translation>Deine Schätzung: %1</translation>
    </message>
    <message>
        <source>Move the slider to make your guess.</source>
        <translation>Bewege den Schieberegler für deine Schätzung.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The Timeline now holds this step&apos;s experiment (%n event(s)), with its duration and seed. Your own timeline had %1 event(s): one Undo (Ctrl+Z) puts it back.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Die Zeitleiste enthält jetzt das Experiment dieses Schritts (%n Ereignis) mit seiner Dauer und seinem Seed. Deine eigene Zeitleiste hatte %1 Ereignis(se): Ein Rückgängig (Strg+Z) stellt sie wieder her.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Die Zeitleiste enthält jetzt das Experiment dieses Schritts (%n Ereignisse) mit seiner Dauer und seinem Seed. Deine eigene Zeitleiste hatte %1 Ereignis(se): Ein Rückgängig (Strg+Z) stellt sie wieder her.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Answer the prediction first: what do you expect?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Beantworte zuerst die Vorhersage: Was erwartest du?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run experiment: %1</source>
        <translation>Experiment starten: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Running the experiment live: watch the canvas and the charts. Pause, step or slow it down with the run toolbar.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Experiment läuft live: Beobachte die Zeichenfläche und die Diagramme. Mit der Laufleiste kannst du anhalten, schrittweise laufen lassen oder verlangsamen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The experiment was stopped before its end: no verdict. Press Run experiment to play it again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Experiment wurde vor seinem Ende gestoppt: kein Ergebnis. Drücke „Experiment starten“, um es erneut abzuspielen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Well done: every check passes on this run.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Gut gemacht: Jede Prüfung ist in diesem Lauf erfüllt.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Not there yet. Change the design and run it again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch nicht geschafft. Ändere das Design und starte es erneut.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>no guess</source>
        <translation>keine Schätzung</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;You predicted: %1. Measured: %2.&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Deine Vorhersage: %1. Gemessen: %2.&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your prediction was right.</source>
        <translation>Deine Vorhersage war richtig.</translation>
    </message>
    <message>
        <source>The run shows otherwise.</source>
        <translation>Der Lauf zeigt etwas anderes.</translation>
    </message>
    <message>
        <source>measured: %1</source>
        <translation>gemessen: %1</translation>
    </message>
    <message>
        <source>your guess: %1</source>
        <translation>deine Schätzung: %1</translation>
    </message>
    <message>
        <source>your answer: %1</source>
        <translation>deine Antwort: %1</translation>
    </message>
    <message>
        <source>C&amp;ompare designs</source>
        <translation>Entwürfe ver&amp;gleichen</translation>
    </message>
    <message>
        <source>Run this step&apos;s experiment on your design and on the lesson&apos;s other design, over several seeds, and overlay the charts</source>
        <translation>Das Experiment dieses Schritts auf deinem Entwurf und auf dem anderen Entwurf der Lektion mit mehreren Startwerten ausführen und die Diagramme überlagern</translation>
    </message>
    <message>
        <source>&lt;b&gt;Compare:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vergleich:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;⚠ The comparison cannot run: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;⚠ Der Vergleich kann nicht laufen: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the lesson&apos;s design %1</source>
        <translation>Entwurf %1 der Lektion</translation>
    </message>
    <message>
        <source>your design with one change</source>
        <translation>dein Entwurf mit einer Änderung</translation>
    </message>
    <message>
        <source>Export lesson &amp;summary (PDF)...</source>
        <translation>Lektions&amp;zusammenfassung (PDF) exportieren...</translation>
    </message>
    <message>
        <source>Write this lesson&apos;s steps, goals and predictions (right or wrong) as a PDF, without any name</source>
        <translation>Schritte, Ziele und Vorhersagen (richtig oder falsch) dieser Lektion als PDF schreiben, ohne Namen</translation>
    </message>
    <message>
        <source>Open a lesson first.</source>
        <translation>Öffne zuerst eine Lektion.</translation>
    </message>
    <message>
        <source>Export lesson summary</source>
        <translation>Lektionszusammenfassung exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&lt;p&gt;⚠ %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;⚠ %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Summary written to %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zusammenfassung geschrieben: %1.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>scalelab::ui::MainWindow</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start an empty scenario</source>
        <translation>Ein leeres Szenario beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a scenario file</source>
        <translation>Eine Szenariodatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation>Das Szenario speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the scenario under a new name</source>
        <translation>Das Szenario unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit ScaleLab</source>
        <translation>ScaleLab beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>Cut the selection</source>
        <translation>Die Auswahl ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selection</source>
        <translation>Die Auswahl kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>Paste components</source>
        <translation>Komponenten einfügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected components and connections</source>
        <translation>Die ausgewählten Komponenten und Verbindungen löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Select every component</source>
        <translation>Alle Komponenten auswählen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Show the whole diagram</source>
        <translation>Das ganze Bild zeigen</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>Am &amp;Raster ausrichten</translation>
    </message>
    <message>
        <source>Align moved components to the grid</source>
        <translation>Verschobene Komponenten am Raster ausrichten</translation>
    </message>
    <message>
        <source>Show Single &amp;Points of Failure</source>
        <translation>Single &amp;Points of Failure zeigen</translation>
    </message>
    <message>
        <source>Outline the components whose loss cuts users off</source>
        <translation>Die Komponenten umranden, deren Ausfall die Nutzer abschneidet</translation>
    </message>
    <message>
        <source>Automatic &amp;Layout</source>
        <translation>Automatisches &amp;Anordnen</translation>
    </message>
    <message>
        <source>Arrange the diagram from users to data stores</source>
        <translation>Das Bild von den Nutzern bis zu den Datenspeichern anordnen</translation>
    </message>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Large fonts and high contrast for a projector</source>
        <translation>Große Schrift und hoher Kontrast für den Beamer</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Use the whole screen</source>
        <translation>Den ganzen Bildschirm nutzen</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Start / Pause</translation>
    </message>
    <message>
        <source>Run or pause the simulation</source>
        <translation>Die Simulation starten oder anhalten</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Einzelschritt</translation>
    </message>
    <message>
        <source>Advance one sample interval</source>
        <translation>Um ein Messintervall weiterschalten</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Stop and go back to time 0</source>
        <translation>Anhalten und zur Zeit 0 zurückkehren</translation>
    </message>
    <message>
        <source>Traffic S&amp;pike ×5 for 30 s</source>
        <translation>Last&amp;spitze ×5 für 30 s</translation>
    </message>
    <message>
        <source>Multiply demand by 5 for 30 simulated seconds</source>
        <translation>Die Nachfrage für 30 simulierte Sekunden verfünffachen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>&amp;Beispiel öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>S&amp;peed</source>
        <translation>&amp;Geschwindigkeit</translation>
    </message>
    <message>
        <source>¼× real time</source>
        <translation>¼× Echtzeit</translation>
    </message>
    <message>
        <source>1× real time</source>
        <translation>1× Echtzeit</translation>
    </message>
    <message>
        <source>5×</source>
        <translation>5×</translation>
    </message>
    <message>
        <source>20×</source>
        <translation>20×</translation>
    </message>
    <message>
        <source>100×</source>
        <translation>100×</translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation>So schnell wie möglich</translation>
    </message>
    <message>
        <source>&amp;Capacity Sweep...</source>
        <translation>&amp;Kapazitätsmessreihe...</translation>
    </message>
    <message>
        <source>Run the scenario at several loads and find where it stops keeping up</source>
        <translation>Das Szenario bei mehreren Lasten simulieren und finden, ab wann es nicht mehr mithält</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Teacher Notes</source>
        <translation>Hinweise für &amp;Lehrkräfte</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About ScaleLab</source>
        <translation>Ü&amp;ber ScaleLab</translation>
    </message>
    <message>
        <source>Run controls</source>
        <translation>Laufsteuerung</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>About ScaleLab</source>
        <translation>Über ScaleLab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ScaleLab&lt;/h3&gt;&lt;p&gt;Build a web system on a canvas, run a deterministic simulation of it, add traffic and failures, and watch what happens.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ScaleLab&lt;/h3&gt;&lt;p&gt;Baue ein Websystem auf der Zeichenfläche, simuliere es reproduzierbar, füge Last und Ausfälle hinzu und beobachte, was passiert.&lt;/p&gt;&lt;p&gt;Lizenz: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Teacher notes</source>
        <translation>Hinweise für Lehrkräfte</translation>
    </message>
    <message>
        <source>Open a lesson to see its teacher notes: learning goals, the misconceptions it targets, what the model leaves out and a suggested demonstration.</source>
        <translation>Öffne eine Lektion, um ihre Hinweise für Lehrkräfte zu sehen: Lernziele, typische Fehlvorstellungen, was das Modell weglässt, und einen Vorschlag für eine Vorführung.</translation>
    </message>
    <message>
        <source> (added to the timeline at 0 s)</source>
        <translation> (bei 0 s in die Zeitleiste eingetragen)</translation>
    </message>
    <message>
        <source> (now)</source>
        <translation> (jetzt)</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; to the timeline at 0 s; press Play to see it.</source>
        <translation>„%1“ bei 0 s in die Zeitleiste eingetragen; drücke Start, um es zu sehen.</translation>
    </message>
    <message>
        <source>Injected &quot;%1&quot;.</source>
        <translation>„%1“ ausgelöst.</translation>
    </message>
    <message>
        <source>Component actions</source>
        <translation>Komponentenaktionen</translation>
    </message>
    <message>
        <source>Show Chart for This Component</source>
        <translation>Diagramm für diese Komponente zeigen</translation>
    </message>
    <message>
        <source>Take Data Center Down for 60 s</source>
        <translation>Rechenzentrum für 60 s abschalten</translation>
    </message>
    <message>
        <source>Bring Data Center Back</source>
        <translation>Rechenzentrum wieder einschalten</translation>
    </message>
    <message>
        <source>Partition From</source>
        <translation>Netztrennung von</translation>
    </message>
    <message>
        <source> for 30 s</source>
        <translation> für 30 s</translation>
    </message>
    <message>
        <source>Crash</source>
        <translation>Absturz</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Slow Down ×5 for 30 s</source>
        <translation>Verlangsamung ×5 für 30 s</translation>
    </message>
    <message>
        <source>Flush Cache</source>
        <translation>Cache leeren</translation>
    </message>
    <message>
        <source>Master Loss (failover)</source>
        <translation>Ausfall des Primärservers (Failover)</translation>
    </message>
    <message>
        <source>Replica Loss</source>
        <translation>Ausfall eines Replikats</translation>
    </message>
    <message>
        <source>Add 100 ms Latency for 30 s</source>
        <translation>100 ms Latenz für 30 s hinzufügen</translation>
    </message>
    <message>
        <source>Delete Connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Traffic Spike ×5 for 30 s</source>
        <translation>Lastspitze ×5 für 30 s</translation>
    </message>
    <message>
        <source>Daily Cycle (±50%, 2-minute day)</source>
        <translation>Tagesverlauf (±50 %, 2-Minuten-Tag)</translation>
    </message>
    <message>
        <source>Add Component</source>
        <translation>Komponente hinzufügen</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>New scenario: drag Users, then a Web server, from the palette.</source>
        <translation>Neues Szenario: Zieh zuerst Nutzer, dann einen Webserver aus der Palette.</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Szenario speichern</translation>
    </message>
    <message>
        <source>ScaleLab scenarios (*.json)</source>
        <translation>ScaleLab-Szenarien (*.json)</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>ScaleLab scenarios (*.json);;All files (*)</source>
        <translation>ScaleLab-Szenarien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The scenario has unsaved changes. Save them first?</source>
        <translation>Das Szenario hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>Cannot recover %1</source>
        <translation>%1 kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Recovered %1 (autosaved %2). Save it to keep it.</source>
        <translation>%1 wiederhergestellt (automatisch gesichert %2). Speichere es, um es zu behalten.</translation>
    </message>
    <message>
        <source>Cannot discard</source>
        <translation>Verwerfen nicht möglich</translation>
    </message>
    <message>
        <source>%1: cannot remove the autosave</source>
        <translation>%1: Die automatische Sicherung kann nicht entfernt werden</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n component(s)</source>
        <translation>
            <numerusform>%n Komponente kopiert</numerusform>
            <numerusform>%n Komponenten kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to paste: %1</source>
        <translation>Nichts einzufügen: %1</translation>
    </message>
    <message>
        <source>Simulated time</source>
        <translation>Simulierte Zeit</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>t = %1 s</source>
        <translation>t = %1 s</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>Cannot run</source>
        <translation>Start nicht möglich</translation>
    </message>
    <message>
        <source>Zoom 100%</source>
        <translation>Zoom 100 %</translation>
    </message>
    <message>
        <source>Drag components from the palette; drag from a component&apos;s dot to connect; press Space to run.</source>
        <translation>Zieh Komponenten aus der Palette; zieh vom Punkt einer Komponente, um zu verbinden; Leertaste startet.</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Verlauf der Änderungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Next Panel</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next panel</source>
        <translation>Den Tastaturfokus in den nächsten Bereich setzen</translation>
    </message>
    <message>
        <source>P&amp;revious Panel</source>
        <translation>V&amp;origer Bereich</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous panel</source>
        <translation>Den Tastaturfokus in den vorigen Bereich setzen</translation>
    </message>
    <message>
        <source>On the canvas</source>
        <translation>Auf der Zeichenfläche</translation>
    </message>
    <message>
        <source>Place the component chosen in the palette</source>
        <translation>Die in der Palette gewählte Komponente platzieren</translation>
    </message>
    <message>
        <source>Enter (in the palette)</source>
        <translation>Eingabetaste (in der Palette)</translation>
    </message>
    <message>
        <source>Select the nearest component that way</source>
        <translation>Die nächste Komponente in dieser Richtung auswählen</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Move the selection one grid step</source>
        <translation>Die Auswahl um einen Rasterschritt verschieben</translation>
    </message>
    <message>
        <source>Shift+arrow keys</source>
        <translation>Umschalt+Pfeiltasten</translation>
    </message>
    <message>
        <source>Connect: start from the selection, choose the target, connect</source>
        <translation>Verbinden: bei der Auswahl beginnen, das Ziel wählen, verbinden</translation>
    </message>
    <message>
        <source>Cancel a connection or clear the selection</source>
        <translation>Eine Verbindung abbrechen oder die Auswahl aufheben</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Open the selected component in the inspector</source>
        <translation>Die ausgewählte Komponente im Inspektor öffnen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <source>Select the next or previous component, then the connections</source>
        <translation>Die nächste oder vorige Komponente auswählen, danach die Verbindungen</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>C, Tab or arrow keys, Enter</source>
        <translation>C, Tab oder Pfeiltasten, Eingabetaste</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next or previous panel</source>
        <translation>Den Tastaturfokus in den nächsten oder vorigen Bereich setzen</translation>
    </message>
    <message>
        <source>F6, Shift+F6</source>
        <translation>F6, Umschalt+F6</translation>
    </message>
    <message>
        <source>Compare &amp;with...</source>
        <translation>Vergleichen &amp;mit...</translation>
    </message>
    <message>
        <source>Run this design and a second one over several seeds under the same traffic</source>
        <translation>Diesen und einen zweiten Entwurf über mehrere Seeds mit demselben Verkehr ausführen</translation>
    </message>
</context>
<context>
    <name>scalelab::ui::MoveComponentsCommand</name>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n components</source>
        <translation>
            <numerusform>%n Komponente verschieben</numerusform>
            <numerusform>%n Komponenten verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalelab::ui::Pages</name>
    <message>
        <source>ScaleLab run report, page %1</source>
        <translation>ScaleLab-Laufbericht, Seite %1</translation>
    </message>
</context>
<context>
    <name>scalelab::ui::PalettePanel</name>
    <message>
        <source>Component palette</source>
        <translation>Komponentenpalette</translation>
    </message>
    <message>
        <source>Drag a component onto the canvas, or press Enter to place it in the middle.</source>
        <translation>Zieh eine Komponente auf die Zeichenfläche oder drücke Enter, um sie in der Mitte abzulegen.</translation>
    </message>
</context>
<context>
    <name>scalelab::ui::PresenterController</name>
    <message>
        <source>ScaleLab — presenter mode</source>
        <translation>ScaleLab – Präsentationsmodus</translation>
    </message>
    <message>
        <source>Presenter mode</source>
        <translation>Präsentationsmodus</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>Step text</source>
        <translation>Text des Schritts</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>   sim %1:%2</source>
        <translation>Sim. %1:%2</translation>
    </message>
    <message>
        <source>1-4: vote, B: run the experiment, PageDown: next step, Space: reveal or pause, Esc: leave</source>
        <translation>1-4: abstimmen, B: Experiment starten, Bild ab: nächster Schritt, Leertaste: auflösen oder anhalten, Esc: beenden</translation>
    </message>
</context>
<context>
    <name>scalelab::ui::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Ungesicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Unsaved documents</source>
        <translation>Ungespeicherte Dokumente</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>Automatisch gesichert</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Never saved</source>
        <translation>Nie gespeichert</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Keep for later</source>
        <translation>Für später aufbewahren</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Action for %1</source>
        <translation>Aktion für %1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortfahren</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Keep every document for the next start</source>
        <translation>Alle Dokumente für den nächsten Start aufbewahren</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>unbekannte Zeit</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>heute %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>gestern %1</translation>
    </message>
    <message>
        <source>ScaleLab stopped before this document was saved.</source>
        <translation>ScaleLab wurde beendet, bevor dieses Dokument gespeichert war.</translation>
    </message>
    <message>
        <source>ScaleLab stopped before these %1 documents were saved.</source>
        <translation>ScaleLab wurde beendet, bevor diese %1 Dokumente gespeichert waren.</translation>
    </message>
    <message>
        <source>Each document you recover opens in a window of its own, marked unsaved. Documents kept for later are offered again at the next start.</source>
        <translation>Jedes wiederhergestellte Dokument öffnet sich in einem eigenen Fenster und ist als ungespeichert markiert. Aufbewahrte Dokumente werden beim nächsten Start erneut angeboten.</translation>
    </message>
</context>
<context>
    <name>scalelab::ui::RemoveComponentCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>scalelab::ui::RemoveConnectionCommand</name>
    <message>
        <source>Disconnect %1 from %2</source>
        <translation>Verbindung von %1 zu %2 trennen</translation>
    </message>
</context>
<context>
    <name>scalelab::ui::RunController</name>
    <message>
        <source>The scenario is too big to run: %1</source>
        <translation>Das Szenario ist zu groß zum Simulieren: %1</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problem(s)</source>
        <translation>
            <numerusform>... und %n weiteres Problem</numerusform>
            <numerusform>... und %n weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>The scenario cannot run yet:
%1</source>
        <translation>Das Szenario kann noch nicht laufen:
%1</translation>
    </message>
</context>
<context>
    <name>scalelab::ui::RunToolbar</name>
    <message>
        <source>%1 users</source>
        <translation>%1 Nutzer</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 Anfr./s</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Advance one sample interval of simulated time (.)</source>
        <translation>Die simulierte Zeit um ein Messintervall weiterschalten (.)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Discard the run and go back to the start of the scenario (Ctrl+R)</source>
        <translation>Den Lauf verwerfen und zum Anfang des Szenarios zurückkehren (Strg+R)</translation>
    </message>
    <message>
        <source>Simulated time</source>
        <translation>Simulierte Zeit</translation>
    </message>
    <message>
        <source>Simulated time (hours:minutes:seconds)</source>
        <translation>Simulierte Zeit (Stunden:Minuten:Sekunden)</translation>
    </message>
    <message>
        <source>Simulation speed</source>
        <translation>Simulationsgeschwindigkeit</translation>
    </message>
    <message>
        <source>Simulated seconds per real second, from 0.1x to 1000x</source>
        <translation>Simulierte Sekunden pro echter Sekunde, von 0,1× bis 1000×</translation>
    </message>
    <message>
        <source>max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Run as fast as possible</source>
        <translation>So schnell wie möglich laufen</translation>
    </message>
    <message>
        <source>Run as fast as the computer can</source>
        <translation>So schnell laufen, wie der Computer kann</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Request rate or users</source>
        <translation>Anfragerate oder Nutzer</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Share of reads among reads and writes</source>
        <translation>Anteil der Lesezugriffe an allen Lese- und Schreibzugriffen</translation>
    </message>
    <message>
        <source>Reads versus writes among the requests that reach the data</source>
        <translation>Lese- gegenüber Schreibzugriffen unter den Anfragen, die die Daten erreichen</translation>
    </message>
    <message>
        <source>Mix</source>
        <translation>Mix</translation>
    </message>
    <message>
        <source>Spike</source>
        <translation>Spitze</translation>
    </message>
    <message>
        <source>Triple the traffic for 30 simulated seconds</source>
        <translation>Den Verkehr für 30 simulierte Sekunden verdreifachen</translation>
    </message>
    <message>
        <source>Simulated time; running at %1x real time</source>
        <translation>Simulierte Zeit; läuft mit %1× Echtzeit</translation>
    </message>
    <message>
        <source>Concurrent users (closed workload), 1 to 10 million</source>
        <translation>Gleichzeitige Nutzer (geschlossene Last), 1 bis 10 Millionen</translation>
    </message>
    <message>
        <source>Requests per second arriving (open workload), 1 to 10 million</source>
        <translation>Ankommende Anfragen pro Sekunde (offene Last), 1 bis 10 Millionen</translation>
    </message>
    <message>
        <source>%1% reads</source>
        <translation>%1 % Lesezugriffe</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the simulation (Space)</source>
        <translation>Die Simulation anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Run the simulation (Space)</source>
        <translation>Die Simulation starten (Leertaste)</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Workload controls</source>
        <translation>Laststeuerung</translation>
    </message>
</context>
<context>
    <name>scalelab::ui::SetParamCommand</name>
    <message>
        <source>Set %1 of %2</source>
        <translation>%1 von %2 setzen</translation>
    </message>
</context>
<context>
    <name>scalelab::ui::SweepChartBox</name>
    <message>
        <source>Latency against offered load</source>
        <translation>Latenz über angebotener Last</translation>
    </message>
    <message>
        <source>Throughput and errors against offered load</source>
        <translation>Durchsatz und Fehler über angebotener Last</translation>
    </message>
</context>
<context>
    <name>scalelab::ui::SweepDialog</name>
    <message>
        <source>knee</source>
        <translation>Knick</translation>
    </message>
    <message>
        <source>Capacity sweep: %1</source>
        <translation>Kapazitätsmessreihe: %1</translation>
    </message>
    <message>
        <source>What to vary</source>
        <translation>Was variiert wird</translation>
    </message>
    <message>
        <source>Each point of the sweep runs the scenario with a different value of this.</source>
        <translation>Jeder Punkt der Messreihe simuliert das Szenario mit einem anderen Wert dieser Größe.</translation>
    </message>
    <message>
        <source>&amp;Vary:</source>
        <translation>&amp;Variieren:</translation>
    </message>
    <message>
        <source>Values to try</source>
        <translation>Zu testende Werte</translation>
    </message>
    <message>
        <source>Numbers separated by commas; one simulation runs per value.</source>
        <translation>Zahlen durch Kommas getrennt (mit Dezimalpunkt, z. B. 2.5); pro Wert läuft eine Simulation.</translation>
    </message>
    <message>
        <source>Va&amp;lues:</source>
        <translation>&amp;Werte:</translation>
    </message>
    <message>
        <source>Simulated time per point</source>
        <translation>Simulierte Zeit pro Punkt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Each point runs this long in simulated time; the first %1 s are warm-up and not measured.</source>
        <translation>Jeder Punkt läuft so lange in simulierter Zeit; die ersten %1 s sind Aufwärmphase und werden nicht gemessen.</translation>
    </message>
    <message>
        <source>Simulated &amp;time per point:</source>
        <translation>Simulierte &amp;Zeit pro Punkt:</translation>
    </message>
    <message>
        <source>Parallel jobs</source>
        <translation>Parallele Aufträge</translation>
    </message>
    <message>
        <source>How many points run at the same time. Results do not depend on it.</source>
        <translation>Wie viele Punkte gleichzeitig laufen. Die Ergebnisse hängen nicht davon ab.</translation>
    </message>
    <message>
        <source>Parallel &amp;jobs:</source>
        <translation>Parallele &amp;Aufträge:</translation>
    </message>
    <message>
        <source>Input problem</source>
        <translation>Eingabeproblem</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>Run the sweep</source>
        <translation>Die Messreihe starten</translation>
    </message>
    <message>
        <source>Cancel s&amp;weep</source>
        <translation>Messreihe a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the running sweep</source>
        <translation>Die laufende Messreihe abbrechen</translation>
    </message>
    <message>
        <source>Sweep progress</source>
        <translation>Fortschritt der Messreihe</translation>
    </message>
    <message>
        <source>%v of %m points</source>
        <translation>%v von %m Punkten</translation>
    </message>
    <message>
        <source>Choose what to vary and press Run.</source>
        <translation>Wähle, was variiert werden soll, und drücke Starten.</translation>
    </message>
    <message>
        <source>Sweep status</source>
        <translation>Status der Messreihe</translation>
    </message>
    <message>
        <source>Sweep results</source>
        <translation>Ergebnisse der Messreihe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Offered (req/s)</source>
        <translation>Angeboten (Anfr./s)</translation>
    </message>
    <message>
        <source>Throughput (req/s)</source>
        <translation>Durchsatz (Anfr./s)</translation>
    </message>
    <message>
        <source>p50 (ms)</source>
        <translation>p50 (ms)</translation>
    </message>
    <message>
        <source>p99 (ms)</source>
        <translation>p99 (ms)</translation>
    </message>
    <message>
        <source>Errors (%)</source>
        <translation>Fehler (%)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Latency against offered load</source>
        <translation>Latenz über angebotener Last</translation>
    </message>
    <message>
        <source>Throughput and errors against offered load</source>
        <translation>Durchsatz und Fehler über angebotener Last</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Knick</translation>
    </message>
    <message>
        <source>Save C&amp;SV...</source>
        <translation>C&amp;SV speichern...</translation>
    </message>
    <message>
        <source>Save the results as CSV</source>
        <translation>Die Ergebnisse als CSV speichern</translation>
    </message>
    <message>
        <source>Save c&amp;hart...</source>
        <translation>&amp;Diagramm speichern...</translation>
    </message>
    <message>
        <source>Save the chart as PNG or SVG</source>
        <translation>Das Diagramm als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>Concurrent users (closed workload)</source>
        <translation>Gleichzeitige Nutzer (geschlossene Last)</translation>
    </message>
    <message>
        <source>Request rate (open workload, req/s)</source>
        <translation>Anfragerate (offene Last, Anfr./s)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Values: enter at least one number, separated by commas (for example 1000, 3000, 10000).</source>
        <translation>Werte: Gib mindestens eine Zahl ein, durch Kommas getrennt (zum Beispiel 1000, 3000, 10000).</translation>
    </message>
    <message>
        <source>Values: at most %1 values per sweep, you entered %2.</source>
        <translation>Werte: Höchstens %1 Werte pro Messreihe, eingegeben: %2.</translation>
    </message>
    <message>
        <source>Values: &quot;%1&quot; is not a number. Enter numbers separated by commas, for example 1000, 3000, 10000.</source>
        <translation>Werte: „%1“ ist keine Zahl. Gib Zahlen durch Kommas getrennt ein, zum Beispiel 1000, 3000, 10000.</translation>
    </message>
    <message>
        <source>Values: %1 is not a whole number of users between 1 and 100000000.</source>
        <translation>Werte: %1 ist keine ganze Nutzerzahl zwischen 1 und 100000000.</translation>
    </message>
    <message>
        <source>Values: a request rate must be above 0 and at most 100000000 req/s, got %1.</source>
        <translation>Werte: Eine Anfragerate muss über 0 und höchstens 100000000 Anfr./s liegen, erhalten: %1.</translation>
    </message>
    <message>
        <source>Values: %1 is outside the range of %2 (%3 to %4).</source>
        <translation>Werte: %1 liegt außerhalb des Bereichs von %2 (%3 bis %4).</translation>
    </message>
    <message>
        <source>Values: %1 takes whole numbers, got %2.</source>
        <translation>Werte: %1 nimmt ganze Zahlen, erhalten: %2.</translation>
    </message>
    <message>
        <source>Values: at %1 the scenario is not valid: %2</source>
        <translation>Werte: Bei %1 ist das Szenario ungültig: %2</translation>
    </message>
    <message>
        <source>Values: %1</source>
        <translation>Werte: %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Running 1 point...</source>
        <translation>1 Punkt läuft...</translation>
    </message>
    <message>
        <source>Running %1 points...</source>
        <translation>%1 Punkte laufen...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 points finished.</source>
        <translation>Abgebrochen: %1 von %2 Punkten fertig.</translation>
    </message>
    <message>
        <source>Some points failed: %1</source>
        <translation>Einige Punkte sind fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Done: 1 point in %1 s.</source>
        <translation>Fertig: 1 Punkt in %1 s.</translation>
    </message>
    <message>
        <source>Done: %1 points in %2 s.</source>
        <translation>Fertig: %1 Punkte in %2 s.</translation>
    </message>
    <message>
        <source>The sweep was cancelled, so no knee was computed.</source>
        <translation>Die Messreihe wurde abgebrochen, daher wurde kein Knick berechnet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Knee&lt;/b&gt; at %1 = %2 (offered %3 req/s): %4. Past this point, extra load mostly adds waiting, not throughput.</source>
        <translation>&lt;b&gt;Knick&lt;/b&gt; bei %1 = %2 (angeboten: %3 Anfr./s): %4. Ab hier bringt zusätzliche Last vor allem Wartezeit, kaum mehr Durchsatz.</translation>
    </message>
    <message>
        <source>No knee: the design kept up at every load tried. Try larger values to find its limit.</source>
        <translation>Kein Knick: Der Entwurf hielt bei jeder getesteten Last mit. Probiere größere Werte, um seine Grenze zu finden.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Rate (req/s)</source>
        <translation>Rate (Anfr./s)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>not run (cancelled)</source>
        <translation>nicht gelaufen (abgebrochen)</translation>
    </message>
    <message>
        <source>◀ knee</source>
        <translation>◀ Knick</translation>
    </message>
    <message>
        <source>%1: the chart could not be drawn.</source>
        <translation>%1: Das Diagramm konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>Save sweep CSV</source>
        <translation>Messreihe als CSV speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Save sweep chart</source>
        <translation>Diagramm der Messreihe speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
</context>
<context>
    <name>scalelab::ui::TimelineDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>scalelab::ui::TimelineModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>until changed</source>
        <translation>bis zur Änderung</translation>
    </message>
    <message>
        <source>x%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Factor / value</source>
        <translation>Faktor / Wert</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Change event %1</source>
        <translation>Ereignis %1 ändern</translation>
    </message>
    <message>
        <source>%1% errors</source>
        <translation>%1 % Fehler</translation>
    </message>
</context>
<context>
    <name>scalelab::ui::TimelinePanel</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Inject now</source>
        <translation>Jetzt auslösen</translation>
    </message>
    <message>
        <source>Scheduled events</source>
        <translation>Geplante Ereignisse</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Schedule a new event (a traffic spike; change its type in the table)</source>
        <translation>Ein neues Ereignis einplanen (eine Lastspitze; die Art lässt sich in der Tabelle ändern)</translation>
    </message>
    <message>
        <source>Remove the selected events from the schedule</source>
        <translation>Die ausgewählten Ereignisse aus dem Ablaufplan entfernen</translation>
    </message>
    <message>
        <source>Apply the selected event to the running simulation right now</source>
        <translation>Das gewählte Ereignis sofort auf die laufende Simulation anwenden</translation>
    </message>
    <message>
        <source>Timeline message</source>
        <translation>Meldung der Zeitleiste</translation>
    </message>
    <message>
        <source>Event log of the run</source>
        <translation>Ereignisprotokoll des Laufs</translation>
    </message>
    <message>
        <source>Add timeline event</source>
        <translation>Ereignis in die Zeitleiste eintragen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n timeline event(s)</source>
        <translation>
            <numerusform>%n Ereignis aus der Zeitleiste entfernen</numerusform>
            <numerusform>%n Ereignisse aus der Zeitleiste entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalelab::ui::WorkloadPanel</name>
    <message>
        <source>Workload and run settings</source>
        <translation>Last und Laufeinstellungen</translation>
    </message>
    <message>
        <source>Nothing selected: these settings apply to the whole scenario.</source>
        <translation>Nichts ausgewählt: Diese Einstellungen gelten für das ganze Szenario.</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>Name des Szenarios</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Open: arrivals at a rate</source>
        <translation>Offen: Ankünfte mit fester Rate</translation>
    </message>
    <message>
        <source>Closed: users who wait, think, repeat</source>
        <translation>Geschlossen: Nutzer warten, überlegen, fragen erneut</translation>
    </message>
    <message>
        <source>Workload mode</source>
        <translation>Lastmodell</translation>
    </message>
    <message>
        <source>Open: requests keep arriving whatever the response time. Closed: each user waits for the answer, thinks, then asks again.</source>
        <translation>Offen: Anfragen kommen weiter an, egal wie lange die Antwort dauert. Geschlossen: Jeder Nutzer wartet auf die Antwort, überlegt und fragt dann erneut.</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>Anfr./s</translation>
    </message>
    <message>
        <source>Request rate</source>
        <translation>Anfragerate</translation>
    </message>
    <message>
        <source>Request rate (logarithmic slider)</source>
        <translation>Anfragerate (logarithmischer Schieberegler)</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Users (logarithmic slider)</source>
        <translation>Nutzer (logarithmischer Schieberegler)</translation>
    </message>
    <message>
        <source>Closed: concurrent users. Open: distinct clients (sessions, DNS caches).</source>
        <translation>Geschlossen: gleichzeitige Nutzer. Offen: verschiedene Clients (Sessions, DNS-Caches).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Think time</source>
        <translation>Denkzeit</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Lesezugriffe</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>Schreibzugriffe</translation>
    </message>
    <message>
        <source>Static files</source>
        <translation>Statische Dateien</translation>
    </message>
    <message>
        <source>Background jobs</source>
        <translation>Hintergrundaufträge</translation>
    </message>
    <message>
        <source>Shares of the request types (normalised when they do not add up to 100%).</source>
        <translation>Anteile der Anfragearten (werden normiert, wenn sie nicht 100 % ergeben).</translation>
    </message>
    <message>
        <source>Key skew</source>
        <translation>Schlüssel-Schiefe</translation>
    </message>
    <message>
        <source>Zipf exponent of key popularity: 0 = every key equally popular, 1 = a few keys are very hot.</source>
        <translation>Zipf-Exponent der Schlüsselbeliebtheit: 0 = alle Schlüssel gleich beliebt, 1 = wenige Schlüssel sind sehr gefragt.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Client timeout</source>
        <translation>Client-Timeout</translation>
    </message>
    <message>
        <source>Responses slower than this count as errors (0 = never).</source>
        <translation>Antworten, die länger dauern, zählen als Fehler (0 = nie).</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>From daily users to requests per second</source>
        <translation>Von täglichen Nutzern zu Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>users/day</source>
        <translation>Nutzer/Tag</translation>
    </message>
    <message>
        <source>Daily active users</source>
        <translation>Täglich aktive Nutzer</translation>
    </message>
    <message>
        <source>req/user/day</source>
        <translation>Anfr./Nutzer/Tag</translation>
    </message>
    <message>
        <source>Requests per user per day</source>
        <translation>Anfragen pro Nutzer und Tag</translation>
    </message>
    <message>
        <source>Peak-to-average ratio</source>
        <translation>Verhältnis Spitze zu Mittel</translation>
    </message>
    <message>
        <source>Requests per user</source>
        <translation>Anfragen pro Nutzer</translation>
    </message>
    <message>
        <source>Peak ratio</source>
        <translation>Spitzenfaktor</translation>
    </message>
    <message>
        <source>Use as rate</source>
        <translation>Als Rate verwenden</translation>
    </message>
    <message>
        <source>Set the open workload&apos;s rate to this peak.</source>
        <translation>Die Rate der offenen Last auf diese Spitze setzen.</translation>
    </message>
    <message>
        <source>Network (one way)</source>
        <translation>Netzwerk (eine Richtung)</translation>
    </message>
    <message>
        <source>User to data center</source>
        <translation>Nutzer zum Rechenzentrum</translation>
    </message>
    <message>
        <source>Between regions</source>
        <translation>Zwischen Regionen</translation>
    </message>
    <message>
        <source>Inside a data center</source>
        <translation>Innerhalb eines Rechenzentrums</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aufwärmzeit</translation>
    </message>
    <message>
        <source>Statistics ignore requests that start before this.</source>
        <translation>Die Statistik lässt Anfragen aus, die vorher beginnen.</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Zufalls-Startwert</translation>
    </message>
    <message>
        <source>The same seed replays the same run exactly.</source>
        <translation>Derselbe Startwert wiederholt denselben Lauf exakt.</translation>
    </message>
    <message>
        <source>Sample interval</source>
        <translation>Messintervall</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Sample every</source>
        <translation>Messen alle</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Szenario umbenennen</translation>
    </message>
    <message>
        <source>%1 × %2 ÷ 86,400 s = %3 on average, × %4 at peak = &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>%1 × %2 ÷ 86.400 s = %3 im Mittel, × %4 zur Spitzenzeit = &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Retries and circuit breaker</source>
        <translation>Wiederholungen und Circuit Breaker</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>How many times a client sends a request again after an error or a timeout (0 = it gives up at once).</source>
        <translation>Wie oft ein Client eine Anfrage nach einem Fehler oder Timeout erneut sendet (0 = er gibt sofort auf).</translation>
    </message>
    <message>
        <source>Backoff</source>
        <translation>Backoff</translation>
    </message>
    <message>
        <source>Wait before the first retry; it doubles with each further retry.</source>
        <translation>Wartezeit vor der ersten Wiederholung; sie verdoppelt sich mit jeder weiteren.</translation>
    </message>
    <message>
        <source>Longest backoff</source>
        <translation>Längster Backoff</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Jitter</translation>
    </message>
    <message>
        <source>Share of the backoff drawn at random, so that clients that failed together do not all retry together (100% = anywhere from 0 to the backoff).</source>
        <translation>Zufällig gewählter Anteil des Backoffs, damit Clients, die gemeinsam gescheitert sind, nicht alle gleichzeitig wiederholen (100 % = irgendwo zwischen 0 und dem Backoff).</translation>
    </message>
    <message>
        <source>Breaker opens at</source>
        <translation>Breaker öffnet bei</translation>
    </message>
    <message>
        <source>no breaker</source>
        <translation>kein Breaker</translation>
    </message>
    <message>
        <source>A client&apos;s circuit breaker opens when this share of the recent attempts failed: then it fails requests at once, without sending them, and lets the servers recover.</source>
        <translation>Der Circuit Breaker eines Clients öffnet, wenn dieser Anteil der letzten Versuche gescheitert ist: Dann lässt er Anfragen sofort scheitern, ohne sie zu senden, und gibt den Servern Zeit, sich zu erholen.</translation>
    </message>
    <message>
        <source>Breaker window</source>
        <translation>Breaker-Zeitfenster</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Breaker minimum</source>
        <translation>Breaker-Mindestzahl</translation>
    </message>
    <message>
        <source>Attempts in the window before the breaker may open.</source>
        <translation>Versuche im Zeitfenster, bevor der Breaker öffnen darf.</translation>
    </message>
    <message>
        <source>Breaker open for</source>
        <translation>Breaker offen für</translation>
    </message>
    <message>
        <source>How long it stays open before one probe request may try again.</source>
        <translation>Wie lange er offen bleibt, bevor eine Probe-Anfrage es erneut versuchen darf.</translation>
    </message>
</context>
</TS>
