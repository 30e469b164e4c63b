#!/usr/bin/env python3
"""Groups a start's JFR execution samples by what the start was doing (issue 17, start to the first 200).

    java -XX:StartFlightRecording=filename=/tmp/start.jfr,settings=profile -jar target/payara-micro.jar --deploy ...
    bench/start-profile.py /tmp/start.jfr [HH:MM:SS.mmm]   # optional: only samples before Payara's "ready in" line

Each sample goes to the first group whose frames it contains, in the order below; the shares are of the samples,
which at a high load also count threads waiting for a core.
"""
import collections
import re
import subprocess
import sys
rules=[
 ("our start-up: PBKDF2 hash of the first admin", r"PasswordHasher"),
 ("our start-up: Flyway migration (incl. Derby)", r"DatabaseMigrator|org\.flywaydb"),
 ("our start-up: surveys, course, metrics, other observers/servlets", r"org\.leerwerkplek\.(surveys|mentorcourse|platform\.metrics|platform\.api\.OpenApi|platform\.web\.PublicUrl|platform\.cluster|analysis)"),
 ("Jersey (JAX-RS) servlet init", r"org\.glassfish\.jersey\.servlet\.ServletContainer\.init"),
 ("Mojarra + PrimeFaces init", r"com\.sun\.faces\.config\.ConfigureListener|com\.sun\.faces\.config\.ConfigManager"),
 ("first request (rendering the page)", r"CoyoteAdapter\.service"),
 ("CDI: implicit-archive check of library jars", r"WeldUtils\.isImplicitBeanArchive"),
 ("class-model scan of the WAR (hk2, all jars)", r"org\.glassfish\.hk2\.classmodel|ApplicationLifecycle\.getDeployableTypes"),
 ("CDI (Weld) deployment", r"org\.glassfish\.weld|org\.jboss\.weld"),
 ("JPA: EclipseLink class discovery (initPersistenceUnitClasses)", r"initPersistenceUnitClasses"),
 ("JPA: EclipseLink predeploy/deploy + Derby create/connect", r"org\.glassfish\.persistence\.jpa|org\.eclipse\.persistence|org\.apache\.derby"),
 ("DOL: descriptors + annotation processing", r"org\.glassfish\.javaee\.core\.deployment\.DolProvider|com\.sun\.enterprise\.deployment\.archivist"),
 ("EJB container", r"org\.glassfish\.ejb|com\.sun\.ejb"),
 ("web module start (other)", r"com\.sun\.enterprise\.web\.WebModule\.start|org\.apache\.catalina"),
]
txt=subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "300", sys.argv[1]], check=True, capture_output=True, text=True).stdout; ev=txt.split("jdk.ExecutionSample {")[1:]; c=collections.Counter()
cut=sys.argv[2] if len(sys.argv)>2 else "99"
ev=[e for e in ev if re.search(r"startTime = (\d+:\d+:\d+\.\d+)",e).group(1)<cut]
for e in ev:
    fr=re.findall(r"^\s+([\w\.\$<>]+)\(", e, re.M); s="\n".join(fr)
    k="Payara, JVM and the rest (the bare server pays these too)"
    for name,rx in rules:
        if re.search(rx,s): k=name;break
    c[k]+=1
n=len(ev); print(sys.argv[1], n)
for name,_ in rules+[("Payara, JVM and the rest (the bare server pays these too)",None)]:
    print(f"{c[name]:5d} {100*c[name]/n:5.1f}%  {name}")
